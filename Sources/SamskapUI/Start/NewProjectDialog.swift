import CGtk
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
    let window: Widget
    private let nameEntry: Widget
    private let folderEntry: Widget
    private let nameMessage: Widget
    private let pathLabel: Widget
    private let errorLabel: Widget
    private let createButton: Widget
    private var keepAlive: NewProjectDialog?

    /// Shows the dialog over the parent.
    static func show(application: SamskapApplication, parent: Widget?) {
        let dialog = NewProjectDialog(application: application, parent: parent)
        dialog.keepAlive = dialog
        gtk_window_present(samskap_window(dialog.window))
    }

    private init(application: SamskapApplication, parent: Widget?) {
        self.application = application
        window = gtk_window_new()!
        gtk_window_set_title(samskap_window(window), tr("New project"))
        gtk_window_set_modal(samskap_window(window), 1)
        gtk_window_set_default_size(samskap_window(window), 560, -1)
        if let parent { gtk_window_set_transient_for(samskap_window(window), samskap_window(parent)) }

        let header = gtk_header_bar_new()!
        gtk_header_bar_set_show_title_buttons(samskap_header_bar(header), 0)
        gtk_window_set_titlebar(samskap_window(window), header)

        let form = FormRows.group("")
        Widgets.margins(form, 24)
        nameEntry = Widgets.entry(name: tr("Project name"), placeholder: tr("For example: Together against loneliness"))
        nameMessage = FormRows.entry(tr("Project name"), nameEntry, in: form, width: 30)
        folderEntry = Widgets.entry(name: tr("Folder"), text: Self.defaultFolder().path)
        gtk_editable_set_width_chars(samskap_editable(folderEntry), 20)
        let choose = Widgets.button(tr("C_hoose…"), accessibleName: tr("Choose folder")) {}
        let folderLine = Widgets.box(GTK_ORIENTATION_HORIZONTAL, spacing: 6)
        Widgets.append(folderLine, folderEntry, choose)
        FormRows.add(FormRows.control(tr("Folder"), folderLine), to: form)
        pathLabel = Widgets.label("", classes: ["dim-label", "caption"], wrap: true)
        FormRows.add(FormRows.wide(pathLabel), to: form)
        errorLabel = FormRows.message(in: form)
        createButton = Widgets.button(tr("C_reate"), classes: ["suggested-action"]) {}
        let cancelButton = Widgets.button(tr("_Cancel")) {}

        gtk_header_bar_pack_start(samskap_header_bar(header), cancelButton)
        gtk_header_bar_pack_end(samskap_header_bar(header), createButton)
        gtk_window_set_child(samskap_window(window), form)
        gtk_window_set_default_widget(samskap_window(window), createButton)
        gtk_entry_set_activates_default(samskap_entry(nameEntry), 1)
        gtk_entry_set_activates_default(samskap_entry(folderEntry), 1)

        Signals.connect(createButton, "clicked") { [weak self] in self?.create() }
        Signals.connect(cancelButton, "clicked") { [weak self] in self?.close() }
        Signals.connect(choose, "clicked") { [weak self] in
            guard let self else { return }
            FileChoosers.folder(parent: self.window) { [weak self] url in
                guard let self else { return }
                gtk_editable_set_text(samskap_editable(self.folderEntry), url.path)
            }
        }
        Signals.connect(nameEntry, "changed") { [weak self] in self?.update() }
        Signals.connect(folderEntry, "changed") { [weak self] in self?.update() }
        Signals.connect(window, "destroy") { [weak self] in self?.keepAlive = nil }
        update()
    }

    /// The user's Documents folder, or home.
    static func defaultFolder() -> URL {
        if let documents = CStrings.borrow(g_get_user_special_dir(G_USER_DIRECTORY_DOCUMENTS)),
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

    private var name: String { CStrings.text(ofEditable: nameEntry) }
    private var target: URL {
        let folder = CStrings.text(ofEditable: folderEntry).trimmingSpaces()
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
        gtk_label_set_text(samskap_label(pathLabel), trf("The project will be saved as %1$s", target.path))
        gtk_widget_set_sensitive(createButton, problems.hasErrors ? 0 : 1)
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

    private func close() { gtk_window_destroy(samskap_window(window)) }
}
