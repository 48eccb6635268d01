import CGtk

/// The About dialog: name, version, licence, what the application is for.
@MainActor
enum AboutDialog {
    /// Shows the dialog over the parent window.
    static func show(parent: Widget?) {
        let dialog = gtk_about_dialog_new()!
        let about = samskap_about_dialog(dialog)
        gtk_about_dialog_set_program_name(about, "Samskap")
        gtk_about_dialog_set_version(about, SamskapApplication.version)
        gtk_about_dialog_set_comments(about, tr("Plan, follow and measure co-creative social innovation in a municipality."))
        gtk_about_dialog_set_license_type(about, GTK_LICENSE_GPL_3_0)
        gtk_about_dialog_set_logo_icon_name(about, SamskapApplication.id)
        gtk_about_dialog_set_website(about, "https://github.com/samskap/samskap")
        if let parent {
            gtk_window_set_transient_for(samskap_window(dialog), samskap_window(parent))
            gtk_window_set_modal(samskap_window(dialog), 1)
        }
        gtk_window_present(samskap_window(dialog))
    }
}
