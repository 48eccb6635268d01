import CGtk
import FoundationEssentials
import SamskapGtk

/// The desktop's file choosers (GtkFileChooserNative: GTK 4.8 has no GtkFileDialog), through the portal when sandboxed.
@MainActor
enum FileChoosers {
    typealias Chosen = @MainActor (URL) -> Void

    /// Which files a chooser lists: by name patterns and MIME types, under a name.
    struct Filter {
        let name: String
        var patterns: [String]
        var mimeTypes: [String] = []

        static var projects: Filter { Filter(name: tr("Samskap projects"), patterns: ["*.\(ProjectFiles.fileExtension)"]) }
    }

    /// Asks for a project file to open.
    static func open(parent: Widget?, _ chosen: @escaping Chosen) {
        run(title: tr("Open a project"), parent: parent, action: GTK_FILE_CHOOSER_ACTION_OPEN, accept: tr("_Open"),
            filter: .projects, chosen)
    }

    /// Asks where to save a copy of the project.
    static func save(parent: Widget?, suggestedName: String, _ chosen: @escaping Chosen) {
        run(title: tr("Save a copy"), parent: parent, action: GTK_FILE_CHOOSER_ACTION_SAVE, accept: tr("_Save"),
            filter: .projects, suggestedName: suggestedName, requiredExtension: ProjectFiles.fileExtension, chosen)
    }

    /// Asks for a folder.
    static func folder(parent: Widget?, _ chosen: @escaping Chosen) {
        run(title: tr("Choose a folder"), parent: parent, action: GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER, accept: tr("_Choose"),
            filter: nil, chosen)
    }

    /// Shows a modal native chooser; `chosen` gets the file accepted, with `requiredExtension` added when it lacks it.
    static func run(title: String, parent: Widget?, action: GtkFileChooserAction, accept: String, filter: Filter?,
                    suggestedName: String? = nil, requiredExtension: String? = nil, _ chosen: @escaping Chosen) {
        let parentWindow = parent.map { samskap_window($0) } ?? nil
        guard let native = gtk_file_chooser_native_new(title, parentWindow, action, accept, tr("_Cancel")) else { return }
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
            guard var path else { return }
            if let ext = requiredExtension, URL(fileURLWithPath: path).pathExtension.lowercased() != ext { path += ".\(ext)" }
            chosen(URL(fileURLWithPath: path))
        })
        gtk_native_dialog_show(samskap_native_dialog(native.raw))
    }

    /// Asks for a file to open, or (`saving`) where to save one: `run` for callers that name no GTK action.
    static func run(title: String, parent: Widget?, saving: Bool, accept: String, filter: Filter?, suggestedName: String? = nil,
                    _ chosen: @escaping Chosen) {
        run(title: title, parent: parent, action: saving ? GTK_FILE_CHOOSER_ACTION_SAVE : GTK_FILE_CHOOSER_ACTION_OPEN, accept: accept,
            filter: filter, suggestedName: suggestedName, chosen)
    }
}
