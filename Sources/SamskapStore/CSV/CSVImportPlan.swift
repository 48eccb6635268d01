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
        if added == 0 && updated == 0 {
            return unchanged == 0
                ? (tr("The file had no measurements to import.", in: language))
                : (trf("Nothing new: all %1$s measurements in the file are already there.", in: language, "\(unchanged)"))
        }
        var parts: [String] = []
        if added > 0 {
            parts.append(trn("added %1$s measurement", "added %1$s measurements", added, in: language))
        }
        if updated > 0 {
            // After "added 2 measurements", "updated 3" needs no noun of its own.
            parts.append(added > 0 ? trf("updated %1$s", in: language, String(updated))
                                   : trn("updated %1$s measurement", "updated %1$s measurements", updated, in: language))
        }
        var sentence = parts.joined(separator: tr(" and ", in: language))
        sentence = sentence.prefix(1).uppercased() + sentence.dropFirst() + "."
        if unchanged > 0 { sentence += trf(" %1$s were unchanged.", in: language, "\(unchanged)") }
        return sentence
    }
}
