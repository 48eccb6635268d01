import CGtk
import Foundation

/// The desktop's file choosers (GtkFileChooserNative: GTK 4.8 has no GtkFileDialog), through the portal when sandboxed.
@MainActor
enum FileChoosers {
    typealias Chosen = @MainActor (URL) -> Void

    /// Asks for a project file to open.
    static func open(parent: Widget?, _ chosen: @escaping Chosen) {
        run(title: tr("Open a project"), parent: parent, action: GTK_FILE_CHOOSER_ACTION_OPEN, accept: tr("_Open"),
            filter: true, suggestedName: nil, chosen)
    }

    /// Asks where to save a copy of the project.
    static func save(parent: Widget?, suggestedName: String, _ chosen: @escaping Chosen) {
        run(title: tr("Save a copy"), parent: parent, action: GTK_FILE_CHOOSER_ACTION_SAVE, accept: tr("_Save"),
            filter: true, suggestedName: suggestedName, chosen)
    }

    /// Asks for a folder.
    static func folder(parent: Widget?, _ chosen: @escaping Chosen) {
        run(title: tr("Choose a folder"), parent: parent, action: GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER, accept: tr("_Choose"),
            filter: false, suggestedName: nil, chosen)
    }

    private static func run(title: String, parent: Widget?, action: GtkFileChooserAction, accept: String,
                            filter: Bool, suggestedName: String?, _ chosen: @escaping Chosen) {
        let parentWindow = parent.map { samskap_window($0) } ?? nil
        guard let native = gtk_file_chooser_native_new(title, parentWindow, action, accept, tr("_Cancel")) else { return }
        let chooser = samskap_file_chooser(native.raw)
        if filter {
            let projects = gtk_file_filter_new()
            gtk_file_filter_set_name(projects, tr("Samskap projects"))
            gtk_file_filter_add_pattern(projects, "*.\(ProjectFiles.fileExtension)")
            gtk_file_chooser_add_filter(chooser, projects)
            g_object_unref(projects?.raw)
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
            if var path {
                if action == GTK_FILE_CHOOSER_ACTION_SAVE && !path.hasSuffix(".\(ProjectFiles.fileExtension)") {
                    path += ".\(ProjectFiles.fileExtension)"
                }
                chosen(URL(fileURLWithPath: path))
            }
        })
        gtk_native_dialog_show(samskap_native_dialog(native.raw))
    }
}
