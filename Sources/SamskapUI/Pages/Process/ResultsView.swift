import FoundationEssentials
import SamskapCore
import SamskapGraphics
import SamskapGtk

/// The results of a round: the most disputed and the weakest dimensions first, each with its reflection
/// prompts, then every value and action field with mean, spread, gap and the change since the round before.
/// Dimensions with fewer respondents than the project's anonymity threshold show no figures.
@MainActor
final class ResultsView {
    let root: ScrolledView
    unowned let page: ProcessPage
    let roundDropDown: DropDown
    let thresholdSpin: SpinButton
    let thresholdMessage: Label
    let summaryLabel: Label
    let chartsBox: Box
    let disputedBox: Box
    let weakestBox: Box
    let table: Grid
    let comparisonCaption: Label
    /// Rounds as the drop-down lists them (newest first).
    var listedRounds: [AssessmentRound] = []
    var listedNames: [String] = []
    var filling = false
    /// The charts of the round shown: the two profiles, where you differ, and the trend.
    var charts: [ChartView] = []

    init(page: ProcessPage) {
        self.page = page
        let content = Box(.vertical, spacing: 6)

        let controls = Box(.horizontal, spacing: 12)
        roundDropDown = DropDown(name: tr("Round to show"), items: [])
        let roundField = Form.field(tr("Round"), roundDropDown)
        roundField.root.expandsHorizontally = true
        thresholdSpin = SpinButton(name: tr("Fewest respondents before figures are shown"),
                                   minimum: Project.anonymityThresholdRange.lowerBound, maximum: Project.anonymityThresholdRange.upperBound)
        let thresholdField = Form.field(tr("Hide figures for groups with fewer answers than"), thresholdSpin,
                                        hint: tr("So that nobody can be singled out. It holds for every value, action field and group."))
        thresholdMessage = thresholdField.message
        thresholdField.root.setSizeRequest(width: 260)
        controls.append(roundField.root, thresholdField.root)
        summaryLabel = Label("", classes: ["dim-label"], wrap: true)

        chartsBox = Box(.vertical, spacing: 12)

        let (disputedGroup, disputedContent) = Form.groupView(tr("Where you differ most"))
        disputedBox = disputedContent
        disputedBox.setAccessibleName(tr("Most disputed"))
        let (weakestGroup, weakestContent) = Form.groupView(tr("Weakest experience"))
        weakestBox = weakestContent
        weakestBox.setAccessibleName(tr("Weakest"))
        let highlights = Box(.horizontal, spacing: 18)
        highlights.isHomogeneous = true
        disputedGroup.expandsHorizontally = true
        weakestGroup.expandsHorizontally = true
        highlights.append(disputedGroup, weakestGroup)

        let (tableGroup, tableContent) = Form.groupView(tr("Every action field and value"))
        comparisonCaption = Label("", classes: ["dim-label", "caption"], wrap: true)
        table = Grid(columnSpacing: 18, rowSpacing: 6)
        table.addCSSClass("results-table")
        table.setAccessibleName(tr("Results per action field and value"))
        let help = Box(.horizontal, spacing: 6)
        help.append(FrameworkHelp.button(.values), FrameworkHelp.button(.actionFields))
        tableContent.append(comparisonCaption, table)

        // The agenda first (where you differ, what is weakest, with questions), then the pictures and the table.
        content.append(controls, summaryLabel, help, highlights, chartsBox, tableGroup)
        root = Form.page(content, width: 1000)

        roundDropDown.onSelect(self) { view in
            guard !view.filling, view.listedRounds.indices.contains(view.roundDropDown.selected) else { return }
            view.page.selectedRoundID = view.listedRounds[view.roundDropDown.selected].id
            view.render()
        }
        thresholdSpin.onValueChanged(self) { $0.editThreshold() }
        // A typed number counts at once, not only after Enter or leaving the field.
        thresholdSpin.onChanged(self) { view in
            guard !view.filling, let typed = Int(view.thresholdSpin.text.trimmingSpaces()),
                  Project.anonymityThresholdRange.contains(typed), typed != view.thresholdSpin.value else { return }
            view.thresholdSpin.value = typed
        }
        addCharts()
    }

    /// The charts come from `ChartView`, drawn from the window's shared figures; they follow the chosen round.
    private func addCharts() {
        let window = page.window
        let radars = Box(.horizontal, spacing: 12)
        radars.isHomogeneous = true
        let fields = ChartView(kind: .radarFields, window: window, height: 400)
        let values = ChartView(kind: .radarValues, window: window, height: 400)
        radars.append(fields.root, values.root)
        let divergence = ChartView(kind: .divergence, window: window, height: 440)
        let trend = ChartView(kind: .trend, window: window, height: 380)
        charts = [fields, values, divergence, trend]
        chartsBox.append(radars, divergence.root, trend.root)
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
            roundDropDown.setItems(names)
        }
        roundDropDown.isSensitive = !listedRounds.isEmpty
        let threshold = document.project.anonymityThreshold
        if thresholdSpin.value != threshold { thresholdSpin.value = threshold }
        guard let round = page.round, let model = ProcessContent.model else {
            showNothing(ProcessContent.model == nil ? tr("The model could not be read. Reinstall Samskap.")
                        : tr("No results yet: create a round and enter the partners’ answers."))
            return
        }
        roundDropDown.select(listedRounds.firstIndex { $0.id == round.id } ?? 0)
        for chart in charts { chart.update(selection: ChartSelection(roundID: round.id)) }
        let ordered = document.roundsByDate
        let results = RoundResults.compute(round: round.id, answers: document.answers(in: round.id), model: model, threshold: threshold)
        let previousRound = RoundChange.previousRound(of: round.id, in: ordered)
        let previous = previousRound.map {
            RoundResults.compute(round: $0.id, answers: document.answers(in: $0.id), model: model, threshold: threshold)
        }
        let respondents = document.respondents(in: round.id).count
        summaryLabel.text = trf("%1$s respondents in “%2$s”, %3$s. Figures are means on the scale 1–5.",
                                String(respondents), round.label, round.date.formatted(Translations.language))
        renderHighlights(results, model: model, threshold: threshold)
        renderTable(results, changes: RoundChange.compare(results, with: previous), previous: previousRound, model: model, threshold: threshold)
    }

    private func showNothing(_ text: String) {
        summaryLabel.text = text
        disputedBox.removeAll()
        weakestBox.removeAll()
        table.removeAll()
        comparisonCaption.text = ""
    }

    private func editThreshold() {
        guard !filling else { return }
        var project = page.window.state.document.project
        project.anonymityThreshold = thresholdSpin.value
        guard project != page.window.state.document.project else { return }
        let issue = project.validationIssues().issues(for: "project.anonymityThreshold").first?.message(Translations.language)
        FieldMessage.show(thresholdMessage, on: thresholdSpin, issue)
        guard issue == nil else { return }
        page.window.perform([.setProject(project)], coalescing: "project.anonymityThreshold")
    }
}
