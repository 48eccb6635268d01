import CGtk
import FoundationEssentials
import SamskapCore
import SamskapGraphics

/// Prepares the workshop: screens added by kind, moved up and down, deleted (Ctrl+Z brings one back), and the
/// workshop started from here. Every control is a button, so the whole agenda can be built with Tab and Space.
@MainActor
final class WorkshopAgendaEditor {
    unowned let main: MainWindow
    let window: Widget
    private let list: Widget
    private var observer: UUID?

    init(main: MainWindow) {
        self.main = main
        window = gtk_window_new()!
        list = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 6)
        gtk_window_set_title(samskap_window(window), tr("Workshop agenda"))
        gtk_window_set_transient_for(samskap_window(window), samskap_window(main.window))
        gtk_window_set_default_size(samskap_window(window), 720, 640)
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
        Widgets.append(body, Widgets.label(tr("Screens in order"), classes: ["heading"]))
        Accessibility.setLabel(list, tr("Screens in order"))
        let scrolled = Widgets.scrolled(list)
        gtk_widget_set_vexpand(scrolled, 1)
        Widgets.append(body, scrolled)
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
        main.perform([.setWorkshop(agenda)])
    }

    private func render() {
        Widgets.removeChildren(list)
        let screens = agenda.screens
        if screens.isEmpty {
            Widgets.append(list, Widgets.label(tr("No screens yet. Add the first with a button above."), wrap: true))
        }
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
            Widgets.append(row, label, up, down, delete)
            Widgets.append(list, row)
        }
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
