import SamskapCore
import SamskapGtk

/// The About window: name, version, licence, what the application is for.
@MainActor
enum AboutDialog {
    /// Shows the window over the parent window.
    static func show(parent: Widget?) {
        AboutWindow.present(AboutWindow.Content(
            name: "Samskap", icon: SamskapApplication.id, version: ProductVersion.current,
            comments: tr("Plan, follow and measure co-creative social innovation in a municipality."),
            website: "https://github.com/samskap/samskap", developer: tr("The Samskap developers")), parent: parent)
    }
}
