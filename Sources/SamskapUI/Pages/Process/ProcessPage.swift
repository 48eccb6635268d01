import FoundationEssentials
import SamskapCore
import SamskapGtk

/// The collaboration side of the double target: assessment rounds, fast answer entry, results and where the
/// work stands. Four sub-views behind a row of toggle buttons; only the one on screen renders.
@MainActor
final class ProcessPage: Page {
    let name = "process"
    let title = tr("Process")
    var root: GtkView { box }
    unowned let window: MainWindow
    private(set) var rounds: RoundsView!
    private(set) var entry: AnswerEntryView!
    private(set) var results: ResultsView!
    private(set) var position: PositionView!
    private let box: Box
    private let stack: Stack
    private let switcher: Box
    private var switchButtons: [String: ToggleButton] = [:]
    private(set) var visibleView = "rounds"
    /// The round the sub-views work on; nil: the newest.
    var selectedRoundID: UUID?

    init(window: MainWindow) {
        self.window = window
        box = Box(.vertical)
        switcher = Box(.horizontal, classes: ["linked", "process-switcher"])
        switcher.horizontalAlignment = .center
        switcher.setMargins(10)
        switcher.setAccessibleName(tr("Process views"))
        // A stack switches without a transition unless told otherwise.
        stack = Stack()
        stack.expandsVertically = true
        box.append(switcher, Separator(.horizontal), stack)

        rounds = RoundsView(page: self)
        entry = AnswerEntryView(page: self)
        results = ResultsView(page: self)
        position = PositionView(page: self)
        addView("rounds", tr("Rounds"), rounds.root)
        addView("entry", tr("Answer entry"), entry.root)
        addView("results", tr("Results"), results.root)
        addView("position", tr("Position"), position.root)
        stack.show("rounds")
        switchButtons["rounds"]!.isActive = true

        // The window renders every page on each edit; this page does its work when it comes on screen.
        box.onMap(self) { $0.renderVisible() }
    }

    func render() {
        guard box.isMapped else { return }
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
        switchButtons[name]?.isActive = true
    }

    private func addView(_ name: String, _ title: String, _ child: GtkView) {
        stack.add(child, named: name)
        let button = ToggleButton(title)
        if let first = switchButtons.values.first { button.join(first) }
        switchButtons[name] = button
        switcher.append(button)
        // The handler looks its button up: capturing it would keep the button alive as long as the button.
        button.onToggled(self) { page in page.switched(to: name) }
    }

    /// A switcher button was pressed or released: shows its view when it is the one pressed.
    private func switched(to name: String) {
        guard switchButtons[name]?.isActive == true else { return }
        visibleView = name
        stack.show(name)
        renderVisible()
        if name == "entry" { entry.focus() }
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
