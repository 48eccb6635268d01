import CGtk
import FoundationEssentials
import SamskapCore
import SamskapGtk

extension ResultsView {
    /// The table: one row per dimension (fields, then values), hidden rows say why.
    func renderTable(_ results: RoundResults, changes: [String: RoundChange], previous: AssessmentRound?, model: ModelContent, threshold: Int) {
        Self.clear(grid: table)
        let lang = Translations.language
        gtk_label_set_text(samskap_label(comparisonCaption), previous.map {
            trf("Change: mean experience compared with “%1$s” (%2$s).", $0.label, $0.date.formatted(lang))
        } ?? tr("This is the first round: nothing to compare with yet."))
        let headers = [tr("Value or action field"), tr("Experience"), tr("Importance"), tr("Gap"), tr("Spread"), tr("Respondents"), tr("Change")]
        for (column, text) in headers.enumerated() {
            cell(Widgets.label(text, classes: ["results-header"], xalign: column == 0 ? 0 : 1), column: column, row: 0)
        }
        var row = 1
        for kind in [DimensionKind.field, .value] {
            let section = Widgets.label(kind == .field ? tr("Action fields") : tr("Values"), classes: ["results-section"])
            gtk_grid_attach(samskap_grid(table), section, 0, Int32(row), 7, 1)
            row += 1
            for result in results.dimensions where result.kind == kind {
                guard let d = model.dimension(id: result.dimensionID) else { continue }
                let name = Widgets.label(d.name, wrap: true)
                gtk_label_set_max_width_chars(samskap_label(name), 34)
                cell(name, column: 0, row: row)
                if result.isHidden {
                    let hidden = Widgets.label(trf("Hidden: fewer than %1$s answers", String(threshold)), classes: ["dim-label", "hidden-result"])
                    gtk_grid_attach(samskap_grid(table), hidden, 1, Int32(row), 4, 1)
                } else {
                    let figures = [result.experienceMean, result.importanceMean, result.gap, result.spread]
                    for (i, value) in figures.enumerated() {
                        let text = value.map { ProcessFormat.number($0, lang) } ?? "–"
                        var classes = ["numeric"]
                        if i == 2 && result.hasUnmetExpectation || i == 3 && result.isDivergent { classes.append("flagged") }
                        cell(Widgets.label(text, classes: classes, xalign: 1), column: i + 1, row: row)
                    }
                }
                cell(Widgets.label(String(result.respondentCount), classes: ["numeric"], xalign: 1), column: 5, row: row)
                let change = changes[result.dimensionID] ?? .none
                let changeLabel = Widgets.label(ProcessFormat.change(change, lang), classes: ["numeric", Self.changeClass(change)], xalign: 1)
                Accessibility.setLabel(changeLabel, Self.spokenChange(change))
                cell(changeLabel, column: 6, row: row)
                row += 1
            }
        }
    }

    private func cell(_ widget: Widget, column: Int, row: Int) {
        if column == 0 { gtk_widget_set_hexpand(widget, 1) }
        gtk_grid_attach(samskap_grid(table), widget, Int32(column), Int32(row), 1, 1)
    }

    private static func changeClass(_ change: RoundChange) -> String {
        switch change {
        case .up: "change-up"
        case .down: "change-down"
        case .same, .none: "dim-label"
        }
    }

    /// The change in words, for screen readers that would say "upwards arrow".
    private static func spokenChange(_ change: RoundChange) -> String {
        let lang = Translations.language
        switch change {
        case let .up(d): return trf("up %1$s", ProcessFormat.number(d, lang))
        case let .down(d): return trf("down %1$s", ProcessFormat.number(-d, lang))
        case .same: return tr("unchanged")
        case .none: return tr("nothing to compare")
        }
    }

    /// Removes every child of a grid.
    static func clear(grid: Widget) {
        while let child = gtk_widget_get_first_child(grid) { gtk_grid_remove(samskap_grid(grid), child) }
    }
}
