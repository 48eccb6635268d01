import FoundationEssentials
import SamskapCore
import SamskapGtk

/// Asks for the name of a new project and the folder to keep it in, shows the file it will make, and creates it.
///
/// A text field for the folder (beside "Choose…") also lets tests and keyboard users create a project
/// without the desktop's file chooser.
@MainActor
final class NewProjectDialog {
    unowned let application: SamskapApplication
    private let window = Window()
    private let nameEntry = Entry(name: tr("Project name"), placeholder: tr("For example: Together against loneliness"))
    private let folderEntry = Entry(name: tr("Folder"), text: NewProjectDialog.defaultFolder().path)
    private let nameMessage: Label
    private let pathLabel = Label("", classes: ["dim-label", "caption"], wrap: true)
    private let errorLabel: Label
    private let createButton = Button(tr("C_reate"), classes: ["suggested-action"])
    private var keepAlive: NewProjectDialog?

    /// Shows the dialog over the parent.
    static func show(application: SamskapApplication, parent: Widget?) {
        let dialog = NewProjectDialog(application: application, parent: parent)
        dialog.keepAlive = dialog
        dialog.window.present()
    }

    private init(application: SamskapApplication, parent: Widget?) {
        self.application = application
        window.title = tr("New project")
        window.isModal = true
        window.setDefaultSize(width: 560, height: -1)
        if let parent { window.setTransientFor(Window(parent)) }

        let header = HeaderBar()
        header.showsWindowButtons = false
        window.setTitlebar(header)

        let form = RowGroup("")
        form.setMargins(24)
        nameMessage = form.addEntry(tr("Project name"), nameEntry, width: 30)
        folderEntry.widthChars = 20
        let choose = Button(tr("C_hoose…"), accessibleName: tr("Choose folder"))
        let folderLine = Box(.horizontal, spacing: 6)
        folderLine.append(folderEntry, choose)
        form.add(FormRows.control(tr("Folder"), folderLine))
        form.add(FormRows.wide(pathLabel))
        errorLabel = form.addMessage()
        let cancelButton = Button(tr("_Cancel"))

        header.packStart(cancelButton)
        header.packEnd(createButton)
        window.setChild(form)
        window.setDefaultWidget(createButton)
        nameEntry.activatesDefault = true
        folderEntry.activatesDefault = true

        createButton.onClicked(self) { $0.create() }
        cancelButton.onClicked(self) { $0.close() }
        choose.onClicked(self) { $0.chooseFolder() }
        nameEntry.onChanged(self) { $0.update() }
        folderEntry.onChanged(self) { $0.update() }
        window.connect("destroy", owner: self) { $0.keepAlive = nil }
        update()
    }

    private func chooseFolder() {
        FileChoosers.folder(parent: window.widget) { [weak self] url in self?.folderEntry.text = url.path }
    }

    /// The user's Documents folder, or home.
    static func defaultFolder() -> URL {
        if let documents = UserFolders.documents,
           FileManager.default.fileExists(atPath: documents) {
            return URL(fileURLWithPath: documents)
        }
        return FileManager.default.homeDirectoryForCurrentUser
    }

    /// A file name from a project name: path separators and control characters left out, any script kept.
    static func fileName(for name: String) -> String {
        let cleaned = name.trimmed().unicodeScalars
            .filter { $0 != "/" && $0 != "\\" && !$0.isControlCharacter }
        var base = String(String.UnicodeScalarView(cleaned))
        while base.hasPrefix(".") { base.removeFirst() }
        if base.utf8.count > 200 { base = String(base.prefix(120)) }
        return (base.isEmpty ? "project" : base) + "." + ProjectFiles.fileExtension
    }

    private var name: String { nameEntry.text }
    private var target: URL {
        let folder = folderEntry.text.trimmingSpaces()
        let expanded = folder.hasPrefix("~") ? FileManager.default.homeDirectoryForCurrentUser.path + folder.dropFirst() : folder
        return URL(fileURLWithPath: expanded).appendingPathComponent(Self.fileName(for: name))
    }

    private func issues() -> [ValidationIssue] {
        Project(name: name).validationIssues().issues(for: "project.name")
    }

    private func update() {
        let problems = issues()
        let typed = !name.trimmingSpaces().isEmpty
        FieldMessage.show(nameMessage, on: nameEntry, typed ? problems.first.map { $0.message(Translations.language) } : nil)
        pathLabel.text = trf("The project will be saved as %1$s", target.path)
        createButton.isSensitive = !problems.hasErrors
        FieldMessage.show(errorLabel, on: nil, nil)
    }

    private func create() {
        let problems = issues()
        if let first = problems.first {
            FieldMessage.show(nameMessage, on: nameEntry, first.message(Translations.language))
            return
        }
        if let message = application.create(named: name.trimmed(), at: target) {
            FieldMessage.show(errorLabel, on: nil, message)
        } else {
            close()
        }
    }

    private func close() { window.destroy() }
}
