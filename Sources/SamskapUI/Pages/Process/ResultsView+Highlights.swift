import CGtk
import FoundationEssentials
import SamskapCore
import SamskapGtk

extension ResultsView {
    /// How many dimensions each highlight list shows: enough for one workshop's agenda.
    static let highlightCount = 3

    /// The most disputed and the weakest dimensions, each with its reflection prompts.
    func renderHighlights(_ results: RoundResults, model: ModelContent, threshold: Int) {
        Widgets.removeChildren(disputedBox)
        Widgets.removeChildren(weakestBox)
        let hiddenNote = trf("Hidden: fewer than %1$s answers", String(threshold))
        let disputed = results.mostDisputed.prefix(Self.highlightCount)
        let weakest = results.weakest.prefix(Self.highlightCount)
        if disputed.isEmpty {
            Widgets.append(disputedBox, Widgets.label(results.dimensions.contains { $0.isHidden && $0.respondentCount > 0 }
                ? trf("%1$s. Every value and action field needs at least %2$s respondents before anything is shown.", hiddenNote, String(threshold))
                : tr("No answers in this round yet."), classes: ["dim-label"], wrap: true))
        }
        for (i, result) in disputed.enumerated() {
            guard let d = model.dimension(id: result.dimensionID) else { continue }
            let lang = Translations.language
            let figures = trf("Spread %1$s (from %2$s to %3$s) · experience %4$s",
                              ProcessFormat.number(result.spread ?? 0, lang), ProcessFormat.number(result.experienceMin ?? 0, lang),
                              ProcessFormat.number(result.experienceMax ?? 0, lang), ProcessFormat.number(result.experienceMean ?? 0, lang))
            Widgets.append(disputedBox, card(rank: i + 1, dimension: d, kind: result.kind, figures: figures, flagged: result.isDivergent))
        }
        if weakest.isEmpty {
            Widgets.append(weakestBox, Widgets.label(disputed.isEmpty ? "–" : tr("No experience scores yet."), classes: ["dim-label"], wrap: true))
        }
        for (i, result) in weakest.enumerated() {
            guard let d = model.dimension(id: result.dimensionID) else { continue }
            let lang = Translations.language
            var figures = trf("Experience %1$s", ProcessFormat.number(result.experienceMean ?? 0, lang))
            if let importance = result.importanceMean, let gap = result.gap {
                figures += " · " + trf("importance %1$s, gap %2$s", ProcessFormat.number(importance, lang), ProcessFormat.number(gap, lang))
            }
            Widgets.append(weakestBox, card(rank: i + 1, dimension: d, kind: result.kind, figures: figures, flagged: result.hasUnmetExpectation))
        }
    }

    /// One dimension with its figures and the questions to talk about.
    private func card(rank: Int, dimension: ModelDimension, kind: DimensionKind, figures: String, flagged: Bool) -> Widget {
        let box = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 4, classes: ["highlight-card"])
        let heading = Widgets.box(GTK_ORIENTATION_HORIZONTAL, spacing: 8)
        let title = Widgets.label(trf("%1$s. %2$s", String(rank), dimension.name), classes: ["highlight-title"], wrap: true)
        gtk_widget_set_hexpand(title, 1)
        let chip = Widgets.label(term(kind), classes: ["chip", "kind-\(kind.rawValue)"])
        gtk_widget_set_valign(chip, GTK_ALIGN_START)
        Widgets.append(heading, title, chip)
        Widgets.append(box, heading, Widgets.label(figures, classes: flagged ? ["flagged"] : ["dim-label"], wrap: true))
        let prompts = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 2, classes: ["prompts"])
        Accessibility.setLabel(prompts, trf("Questions to talk about: %1$s", dimension.name))
        for prompt in dimension.prompts { Widgets.append(prompts, Widgets.label("• " + prompt, classes: ["prompt"], wrap: true)) }
        Widgets.append(box, prompts)
        return box
    }
}
