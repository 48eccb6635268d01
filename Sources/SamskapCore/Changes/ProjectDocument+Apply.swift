import FoundationEssentials

extension ProjectDocument {
    /// Applies an edit in memory, with the same cascades the project file applies:
    /// deleting a partner removes its sub-goals and its answers' respondents keep no link to it;
    /// deleting an indicator removes its measurements; deleting a round removes its respondents and answers.
    public mutating func apply(_ change: Change) {
        apply(change, at: nil)
    }

    /// The document with the edits applied.
    public func applying(_ changes: [Change]) -> ProjectDocument {
        var copy = self
        for change in changes { copy.apply(change) }
        return copy
    }

    /// Applies an edit; an upsert with an `index` puts the record at that place instead of in place or at the end.
    private mutating func apply(_ change: Change, at index: Int?) {
        switch change {
        case let .setProject(p): project = p
        case let .upsertPartner(p): Self.upsert(p, into: &partners, at: index)
        case let .deletePartner(id):
            partners.removeAll { $0.id == id }
            subGoals.removeAll { $0.partnerID == id }
            for i in indicators.indices where indicators[i].responsiblePartnerID == id { indicators[i].responsiblePartnerID = nil }
            for i in respondents.indices where respondents[i].partnerID == id { respondents[i].partnerID = nil }
        case let .upsertGoal(g):
            Self.upsert(g, into: &goals, at: index)
            // Stable, so that goals sharing a position keep their relative order (and undo restores it).
            goals = goals.enumerated()
                .sorted { ($0.element.position, $0.offset) < ($1.element.position, $1.offset) }
                .map(\.element)
        case let .deleteGoal(id): goals.removeAll { $0.id == id }
        case let .upsertSubGoal(s): Self.upsert(s, into: &subGoals, at: index)
        case let .deleteSubGoal(id): subGoals.removeAll { $0.id == id }
        case let .setImpactStep(s):
            if let i = impactSteps.firstIndex(where: { $0.kind == s.kind }) { impactSteps[i] = s }
        case let .upsertIndicator(ind): Self.upsert(ind, into: &indicators, at: index)
        case let .deleteIndicator(id):
            indicators.removeAll { $0.id == id }
            measurements.removeAll { $0.indicatorID == id }
            for i in evaluations.indices where evaluations[i].indicatorIDs.contains(id) {
                evaluations[i].indicatorIDs.removeAll { $0 == id }
            }
        case let .upsertMeasurement(m): Self.upsert(m, into: &measurements, at: index)
        case let .deleteMeasurement(id): measurements.removeAll { $0.id == id }
        case let .upsertEvaluation(e): Self.upsert(e, into: &evaluations, at: index)
        case let .deleteEvaluation(id): evaluations.removeAll { $0.id == id }
        case let .upsertRound(r): Self.upsert(r, into: &rounds, at: index)
        case let .deleteRound(id):
            rounds.removeAll { $0.id == id }
            respondents.removeAll { $0.roundID == id }
            answers.removeAll { $0.roundID == id }
        case let .upsertRespondent(r): Self.upsert(r, into: &respondents, at: index)
        case let .deleteRespondent(id):
            respondents.removeAll { $0.id == id }
            answers.removeAll { $0.respondentID == id }
        case let .upsertAnswer(a): Self.upsert(a, into: &answers, at: index)
        case let .deleteAnswer(id): answers.removeAll { $0.id == id }
        case let .setWorkshop(agenda): workshop = agenda
        case let .restore(inner, at: i):
            // The innermost index wins when restores are nested; a restore of a non-upsert is the plain change.
            apply(inner, at: i)
        }
    }

    /// Replaces the record with the same id in place, or appends it; with an index, moves or inserts it there.
    private static func upsert<T: Identifiable>(_ item: T, into list: inout [T], at index: Int?) where T.ID == UUID {
        let existing = list.firstIndex { $0.id == item.id }
        guard let index else {
            if let existing { list[existing] = item } else { list.append(item) }
            return
        }
        if let existing { list.remove(at: existing) }
        list.insert(item, at: min(max(0, index), list.count))
    }
}
