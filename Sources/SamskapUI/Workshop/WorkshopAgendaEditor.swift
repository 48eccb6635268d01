import CGtk
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
    let window: Widget
    private let list: Widget
    private let emptyLine: Widget
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
        window = gtk_window_new()!
        list = gtk_list_box_new()!
        emptyLine = Widgets.label(tr("No screens yet. Add the first with a button above."), wrap: true)
        settings = WorkshopScreenSettings(main: main)
        groups = WorkshopGroupsEditor(main: main)
        shortRound = ShortRoundChooser(main: main)
        gtk_window_set_title(samskap_window(window), tr("Workshop agenda"))
        gtk_window_set_transient_for(samskap_window(window), samskap_window(main.window))
        gtk_window_set_default_size(samskap_window(window), 1040, 760)
        Accessibility.setLabel(window, tr("Workshop agenda"))

        let body = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 12)
        Widgets.margins(body, 18)
        Widgets.append(body, Widgets.label(tr("Add a screen"), classes: ["heading"]))
        let adders = gtk_flow_box_new()!
        gtk_flow_box_set_selection_mode(OpaquePointer(adders), GTK_SELECTION_NONE)
        gtk_flow_box_set_max_children_per_line(OpaquePointer(adders), 5)
        for kind in WorkshopScreenKind.allCases {
            let name = kind.name(Translations.language)
            let button = Widgets.button(name, accessibleName: trf("Add screen: %1$s", name)) { [weak self] in self?.add(kind) }
            gtk_flow_box_append(OpaquePointer(adders), button)
        }
        Widgets.append(body, adders)

        // The screens at the left, the chosen screen's settings and the agenda's own at the right.
        let columns = Widgets.box(GTK_ORIENTATION_HORIZONTAL, spacing: 18)
        gtk_widget_set_vexpand(columns, 1)
        let screens = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 6)
        gtk_widget_set_size_request(screens, 300, -1)
        Widgets.append(screens, Widgets.label(tr("Screens in order"), classes: ["heading"]), emptyLine)
        gtk_list_box_set_selection_mode(samskap_list_box(list), GTK_SELECTION_SINGLE)
        Widgets.addClasses(list, ["boxed-list"])
        gtk_widget_set_valign(list, GTK_ALIGN_START)
        Accessibility.setLabel(list, tr("Screens in order"))
        Signals.connectWithArgument(list, "row-selected") { [weak self] row in
            guard let self, !self.rendering else { return }
            self.select(row.map { Int(gtk_list_box_row_get_index(samskap_list_box_row($0))) })
        }
        let scrolledList = Widgets.scrolled(list)
        gtk_scrolled_window_set_has_frame(samskap_scrolled_window(scrolledList), 0)
        Widgets.append(screens, scrolledList)
        let form = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 6)
        gtk_widget_set_margin_end(form, 12)
        gtk_widget_set_margin_bottom(form, 18)
        Widgets.append(form, settings.root, groups.root, shortRound.root)
        let scrolledForm = Widgets.scrolled(form)
        gtk_widget_set_hexpand(scrolledForm, 1)
        Widgets.append(columns, screens, scrolledForm)
        Widgets.append(body, columns)

        let present = Widgets.button(tr("Present"), classes: ["suggested-action"]) { [weak self] in self?.main.presentWorkshop() }
        gtk_widget_set_halign(present, GTK_ALIGN_END)
        Widgets.append(body, present)
        gtk_window_set_child(samskap_window(window), body)

        let keys = gtk_event_controller_key_new()!
        Signals.connectKeyPressed(keys) { [weak self] keyval, state in
            guard let self else { return false }
            let control = state.rawValue & GDK_CONTROL_MASK.rawValue != 0
            switch Int32(bitPattern: keyval) {
            case GDK_KEY_z where control: self.main.undo()
            case GDK_KEY_F5: self.main.presentWorkshop()
            case GDK_KEY_Escape: self.close()
            default: return false
            }
            return true
        }
        gtk_widget_add_controller(window, samskap_event_controller(keys.raw))
        observer = main.state.observe { [weak self] in self?.render() }
        Signals.connect(window, "destroy") { [weak self] in
            guard let self else { return }
            if let observer = self.observer { self.main.state.removeObserver(observer) }
            self.main.agendaEditorClosed()
        }
        render()
    }

    func present() { gtk_window_present(samskap_window(window)) }

    func close() { gtk_window_destroy(samskap_window(window)) }

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
        if let id = selectedID, let k = agenda.screens.firstIndex(where: { $0.id == id }),
           let row = gtk_list_box_get_row_at_index(samskap_list_box(list), Int32(k)) {
            gtk_list_box_select_row(samskap_list_box(list), row)
        } else {
            gtk_list_box_unselect_all(samskap_list_box(list))
        }
    }

    private func render() {
        rendering = true
        defer { rendering = false }
        Widgets.removeChildren(list)
        let screens = agenda.screens
        gtk_widget_set_visible(emptyLine, screens.isEmpty ? 1 : 0)
        gtk_widget_set_visible(list, screens.isEmpty ? 0 : 1)
        for (k, screen) in screens.enumerated() {
            let row = Widgets.box(GTK_ORIENTATION_HORIZONTAL, spacing: 6)
            let current = agenda.currentScreenID == screen.id ? " " + tr("(on show)") : ""
            let label = Widgets.label("\(k + 1). \(screen.kind.name(Translations.language))\(current)")
            gtk_widget_set_hexpand(label, 1)
            let n = String(k + 1)
            let up = Widgets.iconButton("go-up-symbolic", name: trf("Move screen %1$s up", n)) { [weak self] in self?.move(k, by: -1) }
            let down = Widgets.iconButton("go-down-symbolic", name: trf("Move screen %1$s down", n)) { [weak self] in self?.move(k, by: 1) }
            let delete = Widgets.iconButton("user-trash-symbolic", name: trf("Delete screen %1$s", n)) { [weak self] in self?.delete(k) }
            gtk_widget_set_sensitive(up, k > 0 ? 1 : 0)
            gtk_widget_set_sensitive(down, k + 1 < screens.count ? 1 : 0)
            Widgets.margins(row, 6)
            gtk_widget_set_margin_start(row, 12)
            Widgets.append(row, label, up, down, delete)
            gtk_list_box_append(samskap_list_box(list), row)
            // Named as the row reads, so a screen reader says which screen is chosen.
            if let added = gtk_widget_get_parent(row) {
                Accessibility.setLabel(added, trf("Screen %1$s: %2$s", n, screen.kind.name(Translations.language)))
            }
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
