import FoundationEssentials
import SamskapCore
import SamskapGraphics
import SamskapGtk

/// Prepares the workshop: screens added by kind, moved up and down, deleted (Ctrl+Z brings one back), each screen's
/// settings beside the list when it is chosen, the groups to compare and the short round's statements, and the
/// workshop started from here. Everything is reachable with Tab, Space and the arrow keys.
@MainActor
final class WorkshopAgendaEditor {
    unowned let main: MainWindow
    let window = Window()
    private let list = ListBox()
    private let emptyLine = Label(tr("No screens yet. Add the first with a button above."), wrap: true)
    private let settings: WorkshopScreenSettings
    private let groups: WorkshopGroupsEditor
    private let shortRound: ShortRoundChooser
    /// The screen whose settings show, kept by id so that it stays chosen when screens move.
    private var selectedID: UUID?
    /// True while the rows are rebuilt: the list box's selection changes then say nothing about the user's choice.
    private var rendering = false
    private var observer: UUID?

    init(main: MainWindow) {
        self.main = main
        settings = WorkshopScreenSettings(main: main)
        groups = WorkshopGroupsEditor(main: main)
        shortRound = ShortRoundChooser(main: main)
        window.title = tr("Workshop agenda")
        window.setTransientFor(Window(main.window))
        window.setDefaultSize(width: 1040, height: 760)
        window.setAccessibleName(tr("Workshop agenda"))

        let body = Box(.vertical, spacing: 12)
        body.setMargins(18)
        body.append(Label(tr("Add a screen"), classes: ["heading"]))
        let adders = FlowBox()
        adders.maxChildrenPerLine = 5
        for kind in WorkshopScreenKind.allCases {
            let name = kind.name(Translations.language)
            let button = Button(name, accessibleName: trf("Add screen: %1$s", name))
            button.onClicked(self) { $0.add(kind) }
            adders.append(button)
        }
        body.append(adders)

        // The screens at the left, the chosen screen's settings and the agenda's own at the right.
        let columns = Box(.horizontal, spacing: 18)
        columns.expandsVertically = true
        let screens = Box(.vertical, spacing: 6)
        screens.setSizeRequest(width: 300)
        screens.append(Label(tr("Screens in order"), classes: ["heading"]), emptyLine)
        list.addCSSClass("boxed-list")
        list.verticalAlignment = .start
        list.setAccessibleName(tr("Screens in order"))
        list.onRowSelected(self) { editor, index in
            guard !editor.rendering else { return }
            editor.select(index)
        }
        // A scrolled window has no frame unless asked: the boxed list draws its own.
        screens.append(ScrolledView(list))
        let form = Box(.vertical, spacing: 6)
        form.marginEnd = 12
        form.marginBottom = 18
        form.append(settings.root, groups.root, shortRound.root)
        let scrolledForm = ScrolledView(form)
        scrolledForm.expandsHorizontally = true
        columns.append(screens, scrolledForm)
        body.append(columns)

        let present = Button(tr("Present"), classes: ["suggested-action"])
        present.onClicked(self) { $0.main.presentWorkshop() }
        present.horizontalAlignment = .end
        body.append(present)
        window.setChild(body)

        window.onKeyPressed(self) { editor, key in
            switch key.keyval {
            case KeyPress.keyval("z") where key.isControlDown: editor.main.undo()
            case KeyPress.f5: editor.main.presentWorkshop()
            case KeyPress.escape: editor.close()
            default: return false
            }
            return true
        }
        observer = main.state.observe { [weak self] in self?.render() }
        window.connect("destroy", owner: self) { editor in
            if let observer = editor.observer { editor.main.state.removeObserver(observer) }
            editor.main.agendaEditorClosed()
        }
        render()
    }

    func present() { window.present() }

    func close() { window.destroy() }

    private var agenda: WorkshopAgenda { main.state.document.workshop ?? .empty }

    private func add(_ kind: WorkshopScreenKind) {
        var agenda = agenda
        var screen = WorkshopScreen(kind: kind)
        // A results screen shows the round of the rating screen before it, so a prepared pair works without settings.
        if kind == .reveal || kind == .groups, let rating = agenda.screens.last(where: { $0.kind == .rating }) {
            screen.roundID = rating.roundID
            screen.isShortRound = rating.isShortRound
        } else if kind == .rating {
            // Answers go to the open round, the newest not closed; without one, N on the screen starts one.
            screen.roundID = main.state.document.roundsByDate.last { !$0.isClosed }?.id
        }
        agenda.screens.append(screen)
        // The new screen is chosen, so its settings show where the coordinator looks next.
        if main.perform([.setWorkshop(agenda)]) { select(agenda.screens.count - 1) }
    }

    /// Shows the settings of the screen at the index (nil: none chosen).
    private func select(_ index: Int?) {
        let screens = agenda.screens
        selectedID = index.flatMap { screens.indices.contains($0) ? screens[$0].id : nil }
        settings.show(selectedID)
        rendering = true
        defer { rendering = false }
        selectRow()
    }

    private func selectRow() {
        list.selectRow(at: selectedID.flatMap { id in agenda.screens.firstIndex { $0.id == id } })
    }

    private func render() {
        rendering = true
        defer { rendering = false }
        list.removeAll()
        let screens = agenda.screens
        emptyLine.isVisible = screens.isEmpty
        list.isVisible = !screens.isEmpty
        for (k, screen) in screens.enumerated() {
            let row = Box(.horizontal, spacing: 6)
            let current = agenda.currentScreenID == screen.id ? " " + tr("(on show)") : ""
            let label = Label("\(k + 1). \(screen.kind.name(Translations.language))\(current)")
            label.expandsHorizontally = true
            let n = String(k + 1)
            let up = Button(icon: "go-up-symbolic", name: trf("Move screen %1$s up", n))
            up.onClicked(self) { $0.move(k, by: -1) }
            let down = Button(icon: "go-down-symbolic", name: trf("Move screen %1$s down", n))
            down.onClicked(self) { $0.move(k, by: 1) }
            let delete = Button(icon: "user-trash-symbolic", name: trf("Delete screen %1$s", n))
            delete.onClicked(self) { $0.delete(k) }
            up.isSensitive = k > 0
            down.isSensitive = k + 1 < screens.count
            row.setMargins(6)
            row.marginStart = 12
            row.append(label, up, down, delete)
            // Named as the row reads, so a screen reader says which screen is chosen.
            list.append(row).setAccessibleName(trf("Screen %1$s: %2$s", n, screen.kind.name(Translations.language)))
        }
        if let id = selectedID, !screens.contains(where: { $0.id == id }) { selectedID = nil }
        selectRow()
        settings.show(selectedID)
        groups.render(agenda)
        shortRound.render(agenda)
    }

    private func move(_ index: Int, by step: Int) {
        let moved = agenda.movingScreen(at: index, by: step)
        if moved != agenda { main.perform([.setWorkshop(moved)]) }
    }

    private func delete(_ index: Int) {
        var agenda = agenda
        guard agenda.screens.indices.contains(index) else { return }
        agenda.screens.remove(at: index)
        if main.perform([.setWorkshop(agenda)]) { main.toast.show(tr("Screen deleted. Ctrl+Z brings it back.")) }
    }
}
