import FoundationEssentials
import SamskapCore

/// What a CSV import will do: the edits to save in one transaction, and what they amount to.
public struct CSVImportPlan: Equatable, Sendable {
    /// The edits, one upsert per new or changed measurement.
    public var changes: [Change]
    /// Measurements the file adds.
    public var added: Int
    /// Existing measurements the file changes (matched by `måling-id`).
    public var updated: Int
    /// Rows that match a measurement exactly as it is: nothing to do, so importing twice duplicates nothing.
    public var unchanged: Int

    /// Creates a plan.
    public init(changes: [Change], added: Int, updated: Int, unchanged: Int) {
        self.changes = changes
        self.added = added
        self.updated = updated
        self.unchanged = unchanged
    }

    /// One sentence for the user, e.g. «La til 12 målinger og oppdaterte 3. 85 var uendret.»
    public func message(_ language: Language) -> String {
        let nb = language == .nb
        if added == 0 && updated == 0 {
            return unchanged == 0
                ? (nb ? "Filen hadde ingen målinger å importere." : "The file had no measurements to import.")
                : (nb ? "Ingenting nytt: alle \(unchanged) målingene i filen finnes allerede." : "Nothing new: all \(unchanged) measurements in the file are already there.")
        }
        var parts: [String] = []
        if added > 0 {
            parts.append(nb ? "la til \(added) \(added == 1 ? "måling" : "målinger")" : "added \(added) \(added == 1 ? "measurement" : "measurements")")
        }
        if updated > 0 {
            let noun = added > 0 ? "" : (nb ? (updated == 1 ? " måling" : " målinger") : (updated == 1 ? " measurement" : " measurements"))
            parts.append(nb ? "oppdaterte \(updated)\(noun)" : "updated \(updated)\(noun)")
        }
        var sentence = parts.joined(separator: nb ? " og " : " and ")
        sentence = sentence.prefix(1).uppercased() + sentence.dropFirst() + "."
        if unchanged > 0 { sentence += nb ? " \(unchanged) var uendret." : " \(unchanged) were unchanged." }
        return sentence
    }
}
