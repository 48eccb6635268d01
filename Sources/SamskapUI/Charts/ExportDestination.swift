import FoundationEssentials
import SamskapCore
import SamskapGtk

/// Asks where to save an exported file (a chart, the report) with the desktop's save dialog.
///
/// `SAMSKAP_EXPORT_PATH` names the file instead, without a dialog: the real-window tests set it
/// because a file chooser cannot be driven reliably over the accessibility bus.
@MainActor
enum ExportDestination {
    typealias Chosen = @MainActor (URL) -> Void

    /// The file to write to, through the override or the save dialog; `fileExtension` is added when missing.
    static func choose(parent: Widget?, title: String, suggestedName: String, filterName: String, fileExtension: String,
                       _ chosen: @escaping Chosen) {
        if let path = ProcessEnvironment.value("SAMSKAP_EXPORT_PATH"), !path.isEmpty {
            chosen(URL(fileURLWithPath: path))
            return
        }
        FileChoosers.run(title: title, parent: parent, action: .save, accept: tr("_Save"),
                         filter: FileChoosers.Filter(name: filterName, patterns: ["*.\(fileExtension)"]),
                         suggestedName: suggestedName, requiredExtension: fileExtension, chosen)
    }

    /// A file name made from a title: characters file systems dislike replaced, the extension added.
    static func fileName(_ title: String, fileExtension: String) -> String {
        let forbidden = "/\\:*?\"<>|".unicodeScalars
        let cleaned = title.unicodeScalars.map { forbidden.contains($0) || $0.isControlCharacter ? "-" : String($0) }.joined()
            .trimmingSpaces()
        return (cleaned.isEmpty ? "samskap" : cleaned) + "." + fileExtension
    }
}
