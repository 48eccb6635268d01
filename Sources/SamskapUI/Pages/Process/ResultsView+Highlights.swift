import FoundationEssentials
import SamskapCore
import SamskapGtk

extension ResultsView {
    /// How many dimensions each highlight list shows: enough for one workshop's agenda.
    static let highlightCount = 3

    /// The most disputed and the weakest dimensions, each with its reflection prompts.
    func renderHighlights(_ results: RoundResults, model: ModelContent, threshold: Int) {
        disputedBox.removeAll()
        weakestBox.removeAll()
        let hiddenNote = trf("Hidden: fewer than %1$s answers", String(threshold))
        let disputed = results.mostDisputed.prefix(Self.highlightCount)
        let weakest = results.weakest.prefix(Self.highlightCount)
        if disputed.isEmpty {
            disputedBox.append(Label(results.dimensions.contains { $0.isHidden && $0.respondentCount > 0 }
                ? trf("%1$s. Every value and action field needs at least %2$s respondents before anything is shown.", hiddenNote, String(threshold))
                : tr("No answers in this round yet."), classes: ["dim-label"], wrap: true))
        }
        for (i, result) in disputed.enumerated() {
            guard let d = model.dimension(id: result.dimensionID) else { continue }
            let lang = Translations.language
            let figures = trf("Spread %1$s (from %2$s to %3$s) · experience %4$s",
                              ProcessFormat.number(result.spread ?? 0, lang), ProcessFormat.number(result.experienceMin ?? 0, lang),
                              ProcessFormat.number(result.experienceMax ?? 0, lang), ProcessFormat.number(result.experienceMean ?? 0, lang))
            disputedBox.append(card(rank: i + 1, dimension: d, kind: result.kind, figures: figures, flagged: result.isDivergent))
        }
        if weakest.isEmpty {
            weakestBox.append(Label(disputed.isEmpty ? "–" : tr("No experience scores yet."), classes: ["dim-label"], wrap: true))
        }
        for (i, result) in weakest.enumerated() {
            guard let d = model.dimension(id: result.dimensionID) else { continue }
            let lang = Translations.language
            var figures = trf("Experience %1$s", ProcessFormat.number(result.experienceMean ?? 0, lang))
            if let importance = result.importanceMean, let gap = result.gap {
                figures += " · " + trf("importance %1$s, gap %2$s", ProcessFormat.number(importance, lang), ProcessFormat.number(gap, lang))
            }
            weakestBox.append(card(rank: i + 1, dimension: d, kind: result.kind, figures: figures, flagged: result.hasUnmetExpectation))
        }
    }

    /// One dimension with its figures and the questions to talk about.
    private func card(rank: Int, dimension: ModelDimension, kind: DimensionKind, figures: String, flagged: Bool) -> Box {
        let box = Box(.vertical, spacing: 4, classes: ["highlight-card"])
        let heading = Box(.horizontal, spacing: 8)
        let title = Label(trf("%1$s. %2$s", String(rank), dimension.name), classes: ["highlight-title"], wrap: true)
        title.expandsHorizontally = true
        let chip = Label(term(kind), classes: ["chip", "kind-\(kind.rawValue)"])
        chip.verticalAlignment = .start
        heading.append(title, chip)
        box.append(heading, Label(figures, classes: flagged ? ["flagged"] : ["dim-label"], wrap: true))
        let prompts = Box(.vertical, spacing: 2, classes: ["prompts"])
        prompts.setAccessibleName(trf("Questions to talk about: %1$s", dimension.name))
        for prompt in dimension.prompts { prompts.append(Label("• " + prompt, classes: ["prompt"], wrap: true)) }
        box.append(prompts)
        return box
    }
}
