import CGtk
import FoundationEssentials
import SamskapCore
import SamskapGtk

/// Step 10: the evaluation log, newest entry first, each linked to the indicators it is about.
@MainActor
final class EvaluationLog {
    let root: Widget
    unowned let window: MainWindow
    private let entriesBox: Widget
    private let empty: Widget
    private var views: [EvaluationEntryView] = []
    /// What the views were built for: the entries' ids in order and the indicators (names and ids).
    private var builtFor: ([UUID], [Indicator])?

    init(window: MainWindow) {
        self.window = window
        root = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 8)
        let top = Widgets.box(GTK_ORIENTATION_HORIZONTAL, spacing: 8)
        let heading = Widgets.label(tr("Evaluation log"), classes: ["heading"])
        gtk_widget_set_hexpand(heading, 1)
        gtk_widget_set_valign(heading, GTK_ALIGN_CENTER)
        let add = Widgets.button(tr("_New log entry"), classes: ["suggested-action"]) {}
        Widgets.append(top, heading, add)
        gtk_widget_set_margin_top(top, 12)
        empty = Widgets.label(tr("No entries yet. After each round of measurements, write down what you learned and what you change."),
                              classes: ["dim-label"], wrap: true)
        entriesBox = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 12)
        Widgets.append(root, top, empty, entriesBox)
        Signals.connect(add, "clicked") { [weak self] in self?.addEntry() }
    }

    /// Shows the log; entries are rebuilt only when entries or indicators came or went.
    func render() {
        let document = window.state.document
        let entries = document.evaluations.sorted { ($0.date, $0.id.uuidString) > ($1.date, $1.id.uuidString) }
        gtk_widget_set_visible(empty, entries.isEmpty ? 1 : 0)
        let ids = entries.map(\.id)
        let indicatorsKey = document.indicators.map { Indicator(id: $0.id, name: $0.name, level: .output) }
        if let built = builtFor, Set(built.0) == Set(ids), built.1 == indicatorsKey {
            for view in views { if let entry = entries.first(where: { $0.id == view.id }) { view.update(entry) } }
            return
        }
        builtFor = (ids, indicatorsKey)
        Widgets.removeChildren(entriesBox)
        views = entries.map { EvaluationEntryView(window: window, entry: $0, indicators: document.indicators) }
        for view in views { Widgets.append(entriesBox, view.root) }
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
