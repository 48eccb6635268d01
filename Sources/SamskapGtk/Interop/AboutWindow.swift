import CGtk

/// The About window (AdwAboutWindow): name, version, licence, what the application is for.
@MainActor
public enum AboutWindow {
    /// What the window tells.
    public struct Content: Sendable {
        public var name, icon, version, comments, website, developer: String
        public init(name: String, icon: String, version: String, comments: String, website: String, developer: String) {
            (self.name, self.icon, self.version, self.comments, self.website, self.developer) = (name, icon, version, comments, website, developer)
        }
    }

    /// Shows the window, under the GPL 3.0, over `parent` (modal) or on its own.
    public static func present(_ content: Content, parent: Widget?) {
        let about = adw_about_window_new()!
        let window = OpaquePointer(about)
        adw_about_window_set_application_name(window, content.name)
        adw_about_window_set_application_icon(window, content.icon)
        adw_about_window_set_version(window, content.version)
        adw_about_window_set_comments(window, content.comments)
        adw_about_window_set_license_type(window, GTK_LICENSE_GPL_3_0)
        adw_about_window_set_website(window, content.website)
        adw_about_window_set_developer_name(window, content.developer)
        if let parent {
            gtk_window_set_transient_for(samskap_window(about), samskap_window(parent))
            gtk_window_set_modal(samskap_window(about), 1)
        }
        gtk_window_present(samskap_window(about))
    }
}
