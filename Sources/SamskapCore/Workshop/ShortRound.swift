import FoundationEssentials

/// The workshop's short round: one statement per action field and value (11 instead of 44).
///
/// Its figures are a dimension's mean like a full round's, only from one statement, so fields and values compare
/// across both kinds; charts name the kind (`kind(of:)`) so nobody reads a short round as a full one.
public enum ShortRound {
    /// Whether a round was answered in full or in short.
    public enum Kind: String, Sendable { case full, short }

    /// One statement per dimension in the model's order: the coordinator's choice where it belongs to the dimension,
    /// else the dimension's first.
    public static func statements(chosen: [String], model: ModelContent) -> [String] {
        let chosenSet = Set(chosen)
        return model.allDimensions.compactMap { dimension in
            dimension.statements.first { chosenSet.contains($0.id) }?.id ?? dimension.statements.first?.id
        }
    }

    /// Short when no respondent answered two statements of the same dimension; a round without answers is full.
    public static func kind(of roundID: UUID, answers: [Answer], model: ModelContent) -> Kind {
        var owner: [String: String] = [:]
        for d in model.allDimensions { for s in d.statements { owner[s.id] = d.id } }
        var seen = Set<String>()
        var any = false
        for a in answers where a.roundID == roundID {
            guard let d = owner[a.statementID] else { continue }
            any = true
            if !seen.insert("\(a.respondentID)|\(d)").inserted { return .full }
        }
        return any ? .short : .full
    }
}
