import FoundationEssentials
import SamskapCore

extension ImpactText {
    /// An indicator's earlier targets as lines: "Til 1.9.2025: mål 50 (31.12.2026). Begrunnelse: …".
    static func history(_ indicator: Indicator) -> String {
        guard !indicator.targetHistory.isEmpty else { return "" }
        let lines = indicator.targetHistory.map { revision -> String in
            let target = revision.target.value.map { number($0) } ?? "–"
            let date = revision.target.date.map { " (\(self.date($0)))" } ?? ""
            return trf("Until %1$s: target %2$s%3$s, “%4$s”. Reason: %5$s", self.date(revision.changedOn), target, date,
                       revision.name, revision.reason)
        }
        return ([tr("Earlier targets")] + lines).joined(separator: "\n")
    }

    /// A whole number of people, or nil for an empty field; "not a number" keeps the text for the field's message.
    static func count(_ text: String) -> Int?? {
        let trimmed = text.trimmed()
        if trimmed.isEmpty { return .some(nil) }
        guard let value = Int(trimmed.replacing(" ", with: "")), value >= 0 else { return nil }
        return .some(value)
    }

    /// A cell of the matrix in words, with its place between thin and thick ("Thin co-creation: …"); the cell figure 2
    /// leaves empty says so once.
    static func cell(_ cell: MatrixCell) -> String {
        let name = cell.term.text(Translations.language)
        return cell.depth == .noActivity ? name : trf("%1$s: %2$s", term(cell.depth), name)
    }
}
