import CGtk
import Foundation

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
        if let path = ProcessInfo.processInfo.environment["SAMSKAP_EXPORT_PATH"], !path.isEmpty {
            chosen(URL(fileURLWithPath: path))
            return
        }
        let parentWindow = parent.map { samskap_window($0) } ?? nil
        guard let native = gtk_file_chooser_native_new(title, parentWindow, GTK_FILE_CHOOSER_ACTION_SAVE, tr("_Save"), tr("_Cancel")) else { return }
        let chooser = samskap_file_chooser(native.raw)
        let filter = gtk_file_filter_new()
        gtk_file_filter_set_name(filter, filterName)
        gtk_file_filter_add_pattern(filter, "*.\(fileExtension)")
        gtk_file_chooser_add_filter(chooser, filter)
        g_object_unref(filter?.raw)
        gtk_file_chooser_set_current_name(chooser, suggestedName)
        gtk_native_dialog_set_modal(samskap_native_dialog(native.raw), 1)
        // The handler owns the chooser's only reference and drops it when answered; that releases the handler too.
        Signals.connectWithInteger(native, "response", { response in
            defer { g_object_unref(native.raw) }
            guard response == GTK_RESPONSE_ACCEPT.rawValue,
                  let file = gtk_file_chooser_get_file(samskap_file_chooser(native.raw)) else { return }
            let path = CStrings.take(g_file_get_path(file))
            g_object_unref(file.raw)
            guard var path else { return }
            if URL(fileURLWithPath: path).pathExtension.lowercased() != fileExtension { path += ".\(fileExtension)" }
            chosen(URL(fileURLWithPath: path))
        })
        gtk_native_dialog_show(samskap_native_dialog(native.raw))
    }

    /// A file name made from a title: characters file systems dislike replaced, the extension added.
    static func fileName(_ title: String, fileExtension: String) -> String {
        let forbidden = CharacterSet(charactersIn: "/\\:*?\"<>|").union(.controlCharacters)
        let cleaned = title.unicodeScalars.map { forbidden.contains($0) ? "-" : String($0) }.joined()
            .trimmingCharacters(in: .whitespaces)
        return (cleaned.isEmpty ? "samskap" : cleaned) + "." + fileExtension
    }
}
