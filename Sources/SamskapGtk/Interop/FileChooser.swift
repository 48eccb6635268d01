import CGtk

/// The desktop's file chooser (GtkFileChooserNative: GTK 4.8 has no GtkFileDialog), through the portal when sandboxed.
@MainActor
public enum FileChooser {
    /// What the chooser asks for.
    public enum Mode: Sendable { case open, save, folder }

    /// Which files a chooser lists: by name patterns and MIME types, under a name.
    public struct Filter: Sendable {
        public let name: String
        public var patterns: [String]
        public var mimeTypes: [String]
        public init(name: String, patterns: [String], mimeTypes: [String] = []) {
            (self.name, self.patterns, self.mimeTypes) = (name, patterns, mimeTypes)
        }
    }

    /// Shows a modal chooser over `parent`; `chosen` gets the path accepted, nothing runs on Cancel.
    public static func run(title: String, parent: Widget?, mode: Mode, accept: String, cancel: String, filter: Filter?,
                           suggestedName: String? = nil, _ chosen: @escaping @MainActor (String) -> Void) {
        let action: GtkFileChooserAction = switch mode {
        case .open: GTK_FILE_CHOOSER_ACTION_OPEN
        case .save: GTK_FILE_CHOOSER_ACTION_SAVE
        case .folder: GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER
        }
        let parentWindow = parent.map { samskap_window($0) } ?? nil
        guard let native = gtk_file_chooser_native_new(title, parentWindow, action, accept, cancel) else { return }
        let chooser = samskap_file_chooser(native.raw)
        if let filter {
            let files = gtk_file_filter_new()
            gtk_file_filter_set_name(files, filter.name)
            for pattern in filter.patterns { gtk_file_filter_add_pattern(files, pattern) }
            for type in filter.mimeTypes { gtk_file_filter_add_mime_type(files, type) }
            gtk_file_chooser_add_filter(chooser, files)
            g_object_unref(files?.raw)
        }
        if let suggestedName { gtk_file_chooser_set_current_name(chooser, suggestedName) }
        gtk_native_dialog_set_modal(samskap_native_dialog(native.raw), 1)
        // The handler owns the chooser's only reference and drops it when answered; that releases the handler too.
        Signals.connectWithInteger(native, "response", { response in
            defer { g_object_unref(native.raw) }
            guard response == GTK_RESPONSE_ACCEPT.rawValue,
                  let file = gtk_file_chooser_get_file(samskap_file_chooser(native.raw)) else { return }
            let path = CStrings.take(g_file_get_path(file))
            g_object_unref(file.raw)
            if let path { chosen(path) }
        })
        gtk_native_dialog_show(samskap_native_dialog(native.raw))
    }
}
