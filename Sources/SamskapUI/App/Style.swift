import FoundationEssentials
import SamskapCore
import SamskapGtk

/// The application's style sheet (`Resources/style.css`), installed once per display.
@MainActor
enum Style {
    /// Loads the style sheet for the default display; quietly does nothing when it is missing.
    static func install() {
        addIconPath()
        let url = ResourceLocator.standard.resources.appendingPathComponent("style.css")
        guard FileManager.default.fileExists(atPath: url.path) else { return }
        DisplayStyle.addStyleSheet(path: url.path)
    }

    /// Finds the application icon in the source tree (`packaging/`) when it is not installed.
    private static func addIconPath() {
        let packaging = ResourceLocator.standard.resources.deletingLastPathComponent().appendingPathComponent("packaging")
        guard FileManager.default.fileExists(atPath: packaging.appendingPathComponent("\(SamskapApplication.id).svg").path) else { return }
        DisplayStyle.addIconSearchPath(packaging.path)
    }
}
