import FoundationEssentials
import SamskapCore
import SamskapGtk

extension ResultsView {
    /// The table: one row per dimension (fields, then values), hidden rows say why.
    func renderTable(_ results: RoundResults, changes: [String: RoundChange], previous: AssessmentRound?, model: ModelContent, threshold: Int) {
        table.removeAll()
        let lang = Translations.language
        comparisonCaption.text = previous.map {
            trf("Change: mean experience compared with “%1$s” (%2$s).", $0.label, $0.date.formatted(lang))
        } ?? tr("This is the first round: nothing to compare with yet.")
        let headers = [tr("Value or action field"), tr("Experience"), tr("Importance"), tr("Gap"), tr("Spread"), tr("Respondents"), tr("Change")]
        for (column, text) in headers.enumerated() {
            cell(Label(text, classes: ["results-header"], xalign: column == 0 ? 0 : 1), column: column, row: 0)
        }
        var row = 1
        for kind in [DimensionKind.field, .value] {
            let section = Label(kind == .field ? tr("Action fields") : tr("Values"), classes: ["results-section"])
            table.attach(section, column: 0, row: Int32(row), width: 7, height: 1)
            row += 1
            for result in results.dimensions where result.kind == kind {
                guard let d = model.dimension(id: result.dimensionID) else { continue }
                let name = Label(d.name, wrap: true)
                name.maxWidthChars = 34
                cell(name, column: 0, row: row)
                if result.isHidden {
                    let hidden = Label(trf("Hidden: fewer than %1$s answers", String(threshold)), classes: ["dim-label", "hidden-result"])
                    table.attach(hidden, column: 1, row: Int32(row), width: 4, height: 1)
                } else {
                    let figures = [result.experienceMean, result.importanceMean, result.gap, result.spread]
                    for (i, value) in figures.enumerated() {
                        let text = value.map { ProcessFormat.number($0, lang) } ?? "–"
                        var classes = ["numeric"]
                        if i == 2 && result.hasUnmetExpectation || i == 3 && result.isDivergent { classes.append("flagged") }
                        cell(Label(text, classes: classes, xalign: 1), column: i + 1, row: row)
                    }
                }
                cell(Label(String(result.respondentCount), classes: ["numeric"], xalign: 1), column: 5, row: row)
                let change = changes[result.dimensionID] ?? .none
                let changeLabel = Label(ProcessFormat.change(change, lang), classes: ["numeric", Self.changeClass(change)], xalign: 1)
                changeLabel.setAccessibleName(Self.spokenChange(change))
                cell(changeLabel, column: 6, row: row)
                row += 1
            }
        }
    }

    private func cell(_ label: Label, column: Int, row: Int) {
        if column == 0 { label.expandsHorizontally = true }
        table.attach(label, column: Int32(column), row: Int32(row))
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
}
