import CGtk
import SamskapGtk

/// The About window (AdwAboutWindow): name, version, licence, what the application is for.
@MainActor
enum AboutDialog {
    /// Shows the window over the parent window.
    static func show(parent: Widget?) {
        let about = adw_about_window_new()!
        let window = OpaquePointer(about)
        adw_about_window_set_application_name(window, "Samskap")
        adw_about_window_set_application_icon(window, SamskapApplication.id)
        adw_about_window_set_version(window, SamskapApplication.version)
        adw_about_window_set_comments(window, tr("Plan, follow and measure co-creative social innovation in a municipality."))
        adw_about_window_set_license_type(window, GTK_LICENSE_GPL_3_0)
        adw_about_window_set_website(window, "https://github.com/samskap/samskap")
        adw_about_window_set_developer_name(window, tr("The Samskap developers"))
        if let parent {
            gtk_window_set_transient_for(samskap_window(about), samskap_window(parent))
            gtk_window_set_modal(samskap_window(about), 1)
        }
        gtk_window_present(samskap_window(about))
    }
}
