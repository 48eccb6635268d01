import CGtk
import FoundationEssentials
import SamskapCore
import SamskapGtk

/// The collaboration side of the double target: assessment rounds, fast answer entry, results and where the
/// work stands. Four sub-views behind a row of toggle buttons; only the one on screen renders.
@MainActor
final class ProcessPage: Page {
    let name = "process"
    let title = tr("Process")
    let root: Widget
    unowned let window: MainWindow
    private(set) var rounds: RoundsView!
    private(set) var entry: AnswerEntryView!
    private(set) var results: ResultsView!
    private(set) var position: PositionView!
    private let stack: Widget
    private let switcher: Widget
    private var switchButtons: [String: Widget] = [:]
    private(set) var visibleView = "rounds"
    /// The round the sub-views work on; nil: the newest.
    var selectedRoundID: UUID?

    init(window: MainWindow) {
        self.window = window
        root = Widgets.box(GTK_ORIENTATION_VERTICAL)
        switcher = Widgets.box(GTK_ORIENTATION_HORIZONTAL, classes: ["linked", "process-switcher"])
        gtk_widget_set_halign(switcher, GTK_ALIGN_CENTER)
        Widgets.margins(switcher, 10)
        Accessibility.setLabel(switcher, tr("Process views"))
        stack = gtk_stack_new()!
        gtk_stack_set_transition_type(samskap_stack(stack), GTK_STACK_TRANSITION_TYPE_NONE)
        gtk_widget_set_vexpand(stack, 1)
        Widgets.append(root, switcher, gtk_separator_new(GTK_ORIENTATION_HORIZONTAL)!, stack)

        rounds = RoundsView(page: self)
        entry = AnswerEntryView(page: self)
        results = ResultsView(page: self)
        position = PositionView(page: self)
        addView("rounds", tr("Rounds"), rounds.root)
        addView("entry", tr("Answer entry"), entry.root)
        addView("results", tr("Results"), results.root)
        addView("position", tr("Position"), position.root)
        Widgets.showStackChild(stack, "rounds")
        gtk_toggle_button_set_active(samskap_toggle_button(switchButtons["rounds"]!), 1)

        // The window renders every page on each edit; this page does its work when it comes on screen.
        Signals.connect(root, "map") { [weak self] in self?.renderVisible() }
    }

    func render() {
        guard gtk_widget_get_mapped(root) != 0 else { return }
        renderVisible()
    }

    /// The round to work on: the chosen one, else the newest.
    var round: AssessmentRound? {
        let document = window.state.document
        if let id = selectedRoundID, let round = document.rounds.first(where: { $0.id == id }) { return round }
        return document.roundsByDate.last
    }

    /// Shows a sub-view ("rounds", "entry", "results", "position") of the page.
    func show(view name: String) {
        window.show(page: self.name)
        if let button = switchButtons[name] { gtk_toggle_button_set_active(samskap_toggle_button(button), 1) }
    }

    private func addView(_ name: String, _ title: String, _ child: Widget) {
        gtk_stack_add_named(samskap_stack(stack), child, name)
        let button = gtk_toggle_button_new_with_label(title)!
        Accessibility.setOwnLabel(button, title)
        if let first = switchButtons.values.first {
            gtk_toggle_button_set_group(samskap_toggle_button(button), samskap_toggle_button(first))
        }
        switchButtons[name] = button
        gtk_box_append(samskap_box(switcher), button)
        Signals.connect(button, "toggled") { [weak self] in
            guard let self else { return }
            guard gtk_toggle_button_get_active(samskap_toggle_button(button)) != 0 else { return }
            self.visibleView = name
            Widgets.showStackChild(self.stack, name)
            self.renderVisible()
            if name == "entry" { self.entry.focus() }
        }
    }

    private func renderVisible() {
        switch visibleView {
        case "entry": entry.render()
        case "results": results.render()
        case "position": position.render()
        default: rounds.render()
        }
    }
}
