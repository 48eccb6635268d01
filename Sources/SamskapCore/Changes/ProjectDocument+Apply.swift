import Foundation

extension ProjectDocument {
    /// Applies an edit in memory, with the same cascades the project file applies:
    /// deleting a partner removes its sub-goals and its answers' respondents keep no link to it;
    /// deleting an indicator removes its measurements; deleting a round removes its respondents and answers.
    public mutating func apply(_ change: Change) {
        switch change {
        case let .setProject(p): project = p
        case let .upsertPartner(p): Self.upsert(p, into: &partners)
        case let .deletePartner(id):
            partners.removeAll { $0.id == id }
            subGoals.removeAll { $0.partnerID == id }
            for i in indicators.indices where indicators[i].responsiblePartnerID == id { indicators[i].responsiblePartnerID = nil }
            for i in respondents.indices where respondents[i].partnerID == id { respondents[i].partnerID = nil }
        case let .upsertGoal(g):
            Self.upsert(g, into: &goals)
            goals.sort { $0.position < $1.position }
        case let .deleteGoal(id): goals.removeAll { $0.id == id }
        case let .upsertSubGoal(s): Self.upsert(s, into: &subGoals)
        case let .deleteSubGoal(id): subGoals.removeAll { $0.id == id }
        case let .setImpactStep(s):
            if let i = impactSteps.firstIndex(where: { $0.kind == s.kind }) { impactSteps[i] = s }
        case let .upsertIndicator(ind): Self.upsert(ind, into: &indicators)
        case let .deleteIndicator(id):
            indicators.removeAll { $0.id == id }
            measurements.removeAll { $0.indicatorID == id }
            for i in evaluations.indices { evaluations[i].indicatorIDs.removeAll { $0 == id } }
        case let .upsertMeasurement(m): Self.upsert(m, into: &measurements)
        case let .deleteMeasurement(id): measurements.removeAll { $0.id == id }
        case let .upsertEvaluation(e): Self.upsert(e, into: &evaluations)
        case let .deleteEvaluation(id): evaluations.removeAll { $0.id == id }
        case let .upsertRound(r): Self.upsert(r, into: &rounds)
        case let .deleteRound(id):
            rounds.removeAll { $0.id == id }
            respondents.removeAll { $0.roundID == id }
            answers.removeAll { $0.roundID == id }
        case let .upsertRespondent(r): Self.upsert(r, into: &respondents)
        case let .deleteRespondent(id):
            respondents.removeAll { $0.id == id }
            answers.removeAll { $0.respondentID == id }
        case let .upsertAnswer(a): Self.upsert(a, into: &answers)
        case let .deleteAnswer(id): answers.removeAll { $0.id == id }
        }
    }

    /// The document with the edits applied.
    public func applying(_ changes: [Change]) -> ProjectDocument {
        var copy = self
        for change in changes { copy.apply(change) }
        return copy
    }

    /// The edits that undo `change` on this document (the document as it is before the change).
    ///
    /// Applying the change and then its inverse gives back this document, cascades included.
    public func inverse(of change: Change) -> [Change] {
        switch change {
        case .setProject: return [.setProject(project)]
        case let .upsertPartner(p): return partner(p.id).map { [.upsertPartner($0)] } ?? [.deletePartner(p.id)]
        case let .deletePartner(id):
            guard let p = partner(id) else { return [] }
            return [.upsertPartner(p)]
                + subGoals.filter { $0.partnerID == id }.map(Change.upsertSubGoal)
                + indicators.filter { $0.responsiblePartnerID == id }.map(Change.upsertIndicator)
                + respondents.filter { $0.partnerID == id }.map(Change.upsertRespondent)
        case let .upsertGoal(g): return goals.first { $0.id == g.id }.map { [.upsertGoal($0)] } ?? [.deleteGoal(g.id)]
        case let .deleteGoal(id): return goals.first { $0.id == id }.map { [.upsertGoal($0)] } ?? []
        case let .upsertSubGoal(s): return subGoals.first { $0.id == s.id }.map { [.upsertSubGoal($0)] } ?? [.deleteSubGoal(s.id)]
        case let .deleteSubGoal(id): return subGoals.first { $0.id == id }.map { [.upsertSubGoal($0)] } ?? []
        case let .setImpactStep(s): return impactSteps.first { $0.kind == s.kind }.map { [.setImpactStep($0)] } ?? []
        case let .upsertIndicator(i): return indicator(i.id).map { [.upsertIndicator($0)] } ?? [.deleteIndicator(i.id)]
        case let .deleteIndicator(id):
            guard let ind = indicator(id) else { return [] }
            return [.upsertIndicator(ind)]
                + measurements.filter { $0.indicatorID == id }.map(Change.upsertMeasurement)
                + evaluations.filter { $0.indicatorIDs.contains(id) }.map(Change.upsertEvaluation)
        case let .upsertMeasurement(m): return measurements.first { $0.id == m.id }.map { [.upsertMeasurement($0)] } ?? [.deleteMeasurement(m.id)]
        case let .deleteMeasurement(id): return measurements.first { $0.id == id }.map { [.upsertMeasurement($0)] } ?? []
        case let .upsertEvaluation(e): return evaluations.first { $0.id == e.id }.map { [.upsertEvaluation($0)] } ?? [.deleteEvaluation(e.id)]
        case let .deleteEvaluation(id): return evaluations.first { $0.id == id }.map { [.upsertEvaluation($0)] } ?? []
        case let .upsertRound(r): return rounds.first { $0.id == r.id }.map { [.upsertRound($0)] } ?? [.deleteRound(r.id)]
        case let .deleteRound(id):
            guard let r = rounds.first(where: { $0.id == id }) else { return [] }
            return [.upsertRound(r)] + respondents(in: id).map(Change.upsertRespondent) + answers(in: id).map(Change.upsertAnswer)
        case let .upsertRespondent(r): return respondents.first { $0.id == r.id }.map { [.upsertRespondent($0)] } ?? [.deleteRespondent(r.id)]
        case let .deleteRespondent(id):
            guard let r = respondents.first(where: { $0.id == id }) else { return [] }
            return [.upsertRespondent(r)] + answers.filter { $0.respondentID == id }.map(Change.upsertAnswer)
        case let .upsertAnswer(a): return answers.first { $0.id == a.id }.map { [.upsertAnswer($0)] } ?? [.deleteAnswer(a.id)]
        case let .deleteAnswer(id): return answers.first { $0.id == id }.map { [.upsertAnswer($0)] } ?? []
        }
    }

    private static func upsert<T: Identifiable>(_ item: T, into list: inout [T]) where T.ID == UUID {
        if let i = list.firstIndex(where: { $0.id == item.id }) { list[i] = item } else { list.append(item) }
    }
}
