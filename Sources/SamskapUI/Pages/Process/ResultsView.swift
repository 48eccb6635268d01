import CGtk
import FoundationEssentials
import SamskapCore
import SamskapGraphics
import SamskapGtk

/// The results of a round: the most disputed and the weakest dimensions first, each with its reflection
/// prompts, then every value and action field with mean, spread, gap and the change since the round before.
/// Dimensions with fewer respondents than the project's anonymity threshold show no figures.
@MainActor
final class ResultsView {
    let root: Widget
    unowned let page: ProcessPage
    let roundDropDown: Widget
    let thresholdSpin: Widget
    let thresholdMessage: Widget
    let summaryLabel: Widget
    let chartsBox: Widget
    let disputedBox: Widget
    let weakestBox: Widget
    let table: Widget
    let comparisonCaption: Widget
    /// Rounds as the drop-down lists them (newest first).
    var listedRounds: [AssessmentRound] = []
    var listedNames: [String] = []
    var filling = false
    /// The charts of the round shown: the two profiles, where you differ, and the trend.
    var charts: [ChartView] = []

    init(page: ProcessPage) {
        self.page = page
        let content = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 6)

        let controls = Widgets.box(GTK_ORIENTATION_HORIZONTAL, spacing: 12)
        roundDropDown = Form.dropDown(name: tr("Round to show"), items: [])
        let roundField = Form.field(tr("Round"), roundDropDown)
        gtk_widget_set_hexpand(roundField.root, 1)
        thresholdSpin = gtk_spin_button_new_with_range(Double(Project.anonymityThresholdRange.lowerBound),
                                                       Double(Project.anonymityThresholdRange.upperBound), 1)!
        Accessibility.setLabel(thresholdSpin, tr("Fewest respondents before figures are shown"))
        let thresholdField = Form.field(tr("Hide figures for groups with fewer answers than"), thresholdSpin,
                                        hint: tr("So that nobody can be singled out. It holds for every value, action field and group."))
        thresholdMessage = thresholdField.message
        gtk_widget_set_size_request(thresholdField.root, 260, -1)
        Widgets.append(controls, roundField.root, thresholdField.root)
        summaryLabel = Widgets.label("", classes: ["dim-label"], wrap: true)

        chartsBox = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 12)

        let (disputedGroup, disputedContent) = Form.group(tr("Where you differ most"))
        disputedBox = disputedContent
        Accessibility.setLabel(disputedBox, tr("Most disputed"))
        let (weakestGroup, weakestContent) = Form.group(tr("Weakest experience"))
        weakestBox = weakestContent
        Accessibility.setLabel(weakestBox, tr("Weakest"))
        let highlights = Widgets.box(GTK_ORIENTATION_HORIZONTAL, spacing: 18)
        gtk_box_set_homogeneous(samskap_box(highlights), 1)
        gtk_widget_set_hexpand(disputedGroup, 1)
        gtk_widget_set_hexpand(weakestGroup, 1)
        Widgets.append(highlights, disputedGroup, weakestGroup)

        let (tableGroup, tableContent) = Form.group(tr("Every action field and value"))
        comparisonCaption = Widgets.label("", classes: ["dim-label", "caption"], wrap: true)
        table = gtk_grid_new()!
        gtk_grid_set_column_spacing(samskap_grid(table), 18)
        gtk_grid_set_row_spacing(samskap_grid(table), 6)
        Widgets.addClasses(table, ["results-table"])
        Accessibility.setLabel(table, tr("Results per action field and value"))
        let help = Widgets.box(GTK_ORIENTATION_HORIZONTAL, spacing: 6)
        Widgets.append(help, FrameworkHelp.button(.values), FrameworkHelp.button(.actionFields))
        Widgets.append(tableContent, comparisonCaption, table)

        // The agenda first (where you differ, what is weakest, with questions), then the pictures and the table.
        Widgets.append(content, controls, summaryLabel, help, highlights, chartsBox, tableGroup)
        root = Form.page(content, width: 1000)

        Form.onSelect(roundDropDown) { [weak self] in
            guard let self else { return }
            guard !self.filling, self.listedRounds.indices.contains(Form.selected(self.roundDropDown)) else { return }
            self.page.selectedRoundID = self.listedRounds[Form.selected(self.roundDropDown)].id
            self.render()
        }
        Signals.connect(thresholdSpin, "value-changed") { [weak self] in self?.editThreshold() }
        // A typed number counts at once, not only after Enter or leaving the field.
        Signals.connect(thresholdSpin, "changed") { [weak self] in
            guard let self else { return }
            guard !self.filling, let typed = Int(CStrings.text(ofEditable: self.thresholdSpin).trimmingSpaces()),
                  Project.anonymityThresholdRange.contains(typed),
                  typed != Int(gtk_spin_button_get_value_as_int(OpaquePointer(self.thresholdSpin))) else { return }
            gtk_spin_button_set_value(OpaquePointer(self.thresholdSpin), Double(typed))
        }
        addCharts()
    }

    /// The charts come from `ChartView`, drawn from the window's shared figures; they follow the chosen round.
    private func addCharts() {
        let window = page.window
        let radars = Widgets.box(GTK_ORIENTATION_HORIZONTAL, spacing: 12)
        gtk_box_set_homogeneous(samskap_box(radars), 1)
        let fields = ChartView(kind: .radarFields, window: window, height: 400)
        let values = ChartView(kind: .radarValues, window: window, height: 400)
        Widgets.append(radars, fields.root, values.root)
        let divergence = ChartView(kind: .divergence, window: window, height: 440)
        let trend = ChartView(kind: .trend, window: window, height: 380)
        charts = [fields, values, divergence, trend]
        Widgets.append(chartsBox, radars, divergence.root, trend.root)
    }

    /// Computes and shows the results of the chosen round.
    func render() {
        let document = page.window.state.document
        filling = true
        defer { filling = false }
        listedRounds = document.roundsByDate.reversed()
        let names = listedRounds.isEmpty ? [tr("No rounds yet")]
            : listedRounds.map { trf("%1$s (%2$s)", $0.label, $0.date.formatted(Translations.language)) }
        if names != listedNames {
            listedNames = names
            RespondentsEditor.setItems(roundDropDown, names)
        }
        gtk_widget_set_sensitive(roundDropDown, listedRounds.isEmpty ? 0 : 1)
        let threshold = document.project.anonymityThreshold
        if Int(gtk_spin_button_get_value_as_int(OpaquePointer(thresholdSpin))) != threshold {
            gtk_spin_button_set_value(OpaquePointer(thresholdSpin), Double(threshold))
        }
        guard let round = page.round, let model = ProcessContent.model else {
            showNothing(ProcessContent.model == nil ? tr("The model could not be read. Reinstall Samskap.")
                        : tr("No results yet: create a round and enter the partners’ answers."))
            return
        }
        Form.select(roundDropDown, listedRounds.firstIndex { $0.id == round.id } ?? 0)
        for chart in charts { chart.update(selection: ChartSelection(roundID: round.id)) }
        let ordered = document.roundsByDate
        let results = RoundResults.compute(round: round.id, answers: document.answers(in: round.id), model: model, threshold: threshold)
        let previousRound = RoundChange.previousRound(of: round.id, in: ordered)
        let previous = previousRound.map {
            RoundResults.compute(round: $0.id, answers: document.answers(in: $0.id), model: model, threshold: threshold)
        }
        let respondents = document.respondents(in: round.id).count
        gtk_label_set_text(samskap_label(summaryLabel), trf("%1$s respondents in “%2$s”, %3$s. Figures are means on the scale 1–5.",
                                                            String(respondents), round.label, round.date.formatted(Translations.language)))
        renderHighlights(results, model: model, threshold: threshold)
        renderTable(results, changes: RoundChange.compare(results, with: previous), previous: previousRound, model: model, threshold: threshold)
    }

    private func showNothing(_ text: String) {
        gtk_label_set_text(samskap_label(summaryLabel), text)
        Widgets.removeChildren(disputedBox)
        Widgets.removeChildren(weakestBox)
        Self.clear(grid: table)
        gtk_label_set_text(samskap_label(comparisonCaption), "")
    }

    private func editThreshold() {
        guard !filling else { return }
        var project = page.window.state.document.project
        project.anonymityThreshold = Int(gtk_spin_button_get_value_as_int(OpaquePointer(thresholdSpin)))
        guard project != page.window.state.document.project else { return }
        let issue = project.validationIssues().issues(for: "project.anonymityThreshold").first?.message(Translations.language)
        FieldMessage.show(thresholdMessage, on: thresholdSpin, issue)
        guard issue == nil else { return }
        page.window.perform([.setProject(project)], coalescing: "project.anonymityThreshold")
    }
}
