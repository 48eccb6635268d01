import FoundationEssentials
import SamskapGtk

/// The app's questions for a file or a folder, in the desktop's chooser.
@MainActor
enum FileChoosers {
    typealias Chosen = @MainActor (URL) -> Void

    typealias Filter = FileChooser.Filter

    /// Lists project files only.
    static var projects: Filter { Filter(name: tr("Samskap projects"), patterns: ["*.\(ProjectFiles.fileExtension)"]) }

    /// Asks for a project file to open.
    static func open(parent: Widget?, _ chosen: @escaping Chosen) {
        run(title: tr("Open a project"), parent: parent, action: .open, accept: tr("_Open"),
            filter: projects, chosen)
    }

    /// Asks where to save a copy of the project.
    static func save(parent: Widget?, suggestedName: String, _ chosen: @escaping Chosen) {
        run(title: tr("Save a copy"), parent: parent, action: .save, accept: tr("_Save"),
            filter: projects, suggestedName: suggestedName, requiredExtension: ProjectFiles.fileExtension, chosen)
    }

    /// Asks for a folder.
    static func folder(parent: Widget?, _ chosen: @escaping Chosen) {
        run(title: tr("Choose a folder"), parent: parent, action: .folder, accept: tr("_Choose"),
            filter: nil, chosen)
    }

    /// Asks for a file to open of those `filter` lists, under `title`, with `accept` on the button that takes it.
    static func open(title: String, accept: String, filter: Filter, parent: Widget?, _ chosen: @escaping Chosen) {
        run(title: title, parent: parent, action: .open, accept: accept, filter: filter, chosen)
    }

    /// Shows a modal chooser; `chosen` gets the file accepted, with `requiredExtension` added when it lacks it.
    static func run(title: String, parent: Widget?, action: FileChooser.Mode, accept: String, filter: Filter?,
                    suggestedName: String? = nil, requiredExtension: String? = nil, _ chosen: @escaping Chosen) {
        FileChooser.run(title: title, parent: parent, mode: action, accept: accept, cancel: tr("_Cancel"), filter: filter,
                        suggestedName: suggestedName) { path in
            var path = path
            if let ext = requiredExtension, URL(fileURLWithPath: path).pathExtension.lowercased() != ext { path += ".\(ext)" }
            chosen(URL(fileURLWithPath: path))
        }
    }
}
