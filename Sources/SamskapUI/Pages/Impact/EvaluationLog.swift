import FoundationEssentials
import SamskapCore
import SamskapGtk

/// Step 10: the evaluation log, newest entry first, each linked to the indicators it is about.
@MainActor
final class EvaluationLog {
    let root: Box
    unowned let window: MainWindow
    private let entriesBox: Box
    private let empty: Label
    private var views: [EvaluationEntryView] = []
    /// What the views were built for: the entries' ids in order and the indicators (names and ids).
    private var builtFor: ([UUID], [Indicator])?

    init(window: MainWindow) {
        self.window = window
        root = Box(.vertical, spacing: 8)
        let top = Box(.horizontal, spacing: 8)
        let heading = Label(tr("Evaluation log"), classes: ["heading"])
        heading.expandsHorizontally = true
        heading.verticalAlignment = .center
        let add = Button(tr("_New log entry"), classes: ["suggested-action"])
        top.append(heading, add)
        top.marginTop = 12
        empty = Label(tr("No entries yet. After each round of measurements, write down what you learned and what you change."),
                      classes: ["dim-label"], wrap: true)
        entriesBox = Box(.vertical, spacing: 12)
        root.append(top, empty, entriesBox)
        add.onClicked(self) { $0.addEntry() }
    }

    /// Shows the log; entries are rebuilt only when entries or indicators came or went.
    func render() {
        let document = window.state.document
        let entries = document.evaluations.sorted { ($0.date, $0.id.uuidString) > ($1.date, $1.id.uuidString) }
        empty.isVisible = entries.isEmpty
        let ids = entries.map(\.id)
        let indicatorsKey = document.indicators.map { Indicator(id: $0.id, name: $0.name, level: .output) }
        if let built = builtFor, Set(built.0) == Set(ids), built.1 == indicatorsKey {
            for view in views { if let entry = entries.first(where: { $0.id == view.id }) { view.update(entry) } }
            return
        }
        builtFor = (ids, indicatorsKey)
        entriesBox.removeAll()
        views = entries.map { EvaluationEntryView(window: window, entry: $0, indicators: document.indicators) }
        for view in views { entriesBox.append(view.root) }
    }

    private func addEntry() {
        let entry = EvaluationEntry(date: .today())
        guard window.perform([.upsertEvaluation(entry)]) else { return }
        // Once laid out: the page shows the new entry from its top, the cursor in its first text.
        AfterLayout.run(entriesBox) { [weak self] in
            guard let self, let view = self.views.first(where: { $0.id == entry.id }) else { return }
            self.window.page(ImpactPage.self)?.scrollToTop(of: view.root)
            view.focus()
        }
    }
}
