/// What a merge adds and where the two files disagree, per kind of record.
public struct MergeSummary: Equatable, Sendable {
    /// Records brought over, per kind; kinds with none are absent.
    public var added: [MergeKind: Int]
    /// Records both files hold with different content, per kind; ours were kept.
    public var conflicts: [MergeKind: Int]

    /// Creates a summary.
    public init(added: [MergeKind: Int] = [:], conflicts: [MergeKind: Int] = [:]) {
        self.added = added
        self.conflicts = conflicts
    }

    /// All records added.
    public var totalAdded: Int { added.values.reduce(0, +) }

    /// All conflicts.
    public var totalConflicts: Int { conflicts.values.reduce(0, +) }

    /// Whether the merge changes nothing.
    public var isEmpty: Bool { totalAdded == 0 }

    /// What the user reads after a merge, e.g. «La til 1 vurderingsrunde, 6 respondenter og 264 svar. 0 konflikter.»
    public func message(_ language: Language) -> String {
        var text: String
        if isEmpty {
            text = tr("Nothing new to add: everything in the other file is here already.", in: language)
        } else {
            text = (tr("Added ", in: language)) + Self.list(added, language) + "."
        }
        let total = totalConflicts
        if total == 0 {
            text += tr(" 0 conflicts.", in: language)
        } else {
            text += " " + trn("%1$s conflict (%2$s): ", "%1$s conflicts (%2$s): ", total, in: language, String(total), Self.list(conflicts, language))
            text += tr("where the files disagree, we kept what this file says.", in: language)
        }
        return text
    }

    /// "1 vurderingsrunde, 6 respondenter og 264 svar".
    private static func list(_ counts: [MergeKind: Int], _ language: Language) -> String {
        let parts = counts.filter { $0.value > 0 }.sorted { $0.key < $1.key }.map { $0.key.counted($0.value, language) }
        guard parts.count > 1 else { return parts.first ?? "" }
        return parts.dropLast().joined(separator: ", ") + (tr(" and ", in: language)) + parts.last!
    }
}
