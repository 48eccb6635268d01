import FoundationEssentials

extension ProjectDocument {
    /// The edits that undo `change` on this document (the document as it is before the change).
    ///
    /// Applying the change and then its inverse gives back this document, cascades included, with every
    /// list in its old order: deleted records come back as `.restore` at the index they had.
    public func inverse(of change: Change) -> [Change] {
        switch change {
        case .setProject: return [.setProject(project)]
        case let .upsertPartner(p): return partner(p.id).map { [.upsertPartner($0)] } ?? [.deletePartner(p.id)]
        case let .deletePartner(id):
            // Cascaded records are put back even when the partner itself is missing, since apply touches them anyway.
            return Self.restorations(partners, { $0.id == id }, Change.upsertPartner)
                + Self.restorations(subGoals, { $0.partnerID == id }, Change.upsertSubGoal)
                + indicators.filter { $0.responsiblePartnerID == id }.map(Change.upsertIndicator)
                + respondents.filter { $0.partnerID == id }.map(Change.upsertRespondent)
        case let .upsertGoal(g):
            // A new position re-sorts the goals, so the old goal goes back to its old index, not just its old position.
            return placed(goals.first { $0.id == g.id }.map(Change.upsertGoal)).map { [$0] } ?? [.deleteGoal(g.id)]
        case let .deleteGoal(id): return Self.restorations(goals, { $0.id == id }, Change.upsertGoal)
        case let .upsertSubGoal(s): return subGoals.first { $0.id == s.id }.map { [.upsertSubGoal($0)] } ?? [.deleteSubGoal(s.id)]
        case let .deleteSubGoal(id): return Self.restorations(subGoals, { $0.id == id }, Change.upsertSubGoal)
        case let .setImpactStep(s): return impactSteps.first { $0.kind == s.kind }.map { [.setImpactStep($0)] } ?? []
        case let .upsertIndicator(i): return indicator(i.id).map { [.upsertIndicator($0)] } ?? [.deleteIndicator(i.id)]
        case let .deleteIndicator(id):
            return Self.restorations(indicators, { $0.id == id }, Change.upsertIndicator)
                + Self.restorations(measurements, { $0.indicatorID == id }, Change.upsertMeasurement)
                + evaluations.filter { $0.indicatorIDs.contains(id) }.map(Change.upsertEvaluation)
        case let .upsertMeasurement(m):
            return measurements.first { $0.id == m.id }.map { [.upsertMeasurement($0)] } ?? [.deleteMeasurement(m.id)]
        case let .deleteMeasurement(id): return Self.restorations(measurements, { $0.id == id }, Change.upsertMeasurement)
        case let .upsertEvaluation(e):
            return evaluations.first { $0.id == e.id }.map { [.upsertEvaluation($0)] } ?? [.deleteEvaluation(e.id)]
        case let .deleteEvaluation(id): return Self.restorations(evaluations, { $0.id == id }, Change.upsertEvaluation)
        case let .upsertRound(r): return rounds.first { $0.id == r.id }.map { [.upsertRound($0)] } ?? [.deleteRound(r.id)]
        case let .deleteRound(id):
            return Self.restorations(rounds, { $0.id == id }, Change.upsertRound)
                + Self.restorations(respondents, { $0.roundID == id }, Change.upsertRespondent)
                + Self.restorations(answers, { $0.roundID == id }, Change.upsertAnswer)
        case let .upsertRespondent(r):
            return respondents.first { $0.id == r.id }.map { [.upsertRespondent($0)] } ?? [.deleteRespondent(r.id)]
        case let .deleteRespondent(id):
            return Self.restorations(respondents, { $0.id == id }, Change.upsertRespondent)
                + Self.restorations(answers, { $0.respondentID == id }, Change.upsertAnswer)
        case let .upsertAnswer(a): return answers.first { $0.id == a.id }.map { [.upsertAnswer($0)] } ?? [.deleteAnswer(a.id)]
        case let .deleteAnswer(id): return Self.restorations(answers, { $0.id == id }, Change.upsertAnswer)
        case .setWorkshop: return [.setWorkshop(workshop)]
        case let .restore(inner, at: _):
            // A restore may move an existing record, so its undo puts the old record back at its current index.
            return inverse(of: inner).map { placed($0) ?? $0 }
        }
    }

    /// Restores of the matching records at their current indices, in ascending order, so that
    /// re-inserting them one by one after they were all removed rebuilds the list as it was.
    private static func restorations<T: Identifiable>(_ list: [T], _ matches: (T) -> Bool,
                                                      _ make: (T) -> Change) -> [Change] where T.ID == UUID {
        list.indices.filter { matches(list[$0]) }.map { .restore(make(list[$0]), at: $0) }
    }

    /// An upsert of a record that exists, wrapped in a restore at the record's current index; nil otherwise.
    private func placed(_ change: Change?) -> Change? {
        guard let change else { return nil }
        let index: Int?
        switch change {
        case let .upsertPartner(x): index = partners.firstIndex { $0.id == x.id }
        case let .upsertGoal(x): index = goals.firstIndex { $0.id == x.id }
        case let .upsertSubGoal(x): index = subGoals.firstIndex { $0.id == x.id }
        case let .upsertIndicator(x): index = indicators.firstIndex { $0.id == x.id }
        case let .upsertMeasurement(x): index = measurements.firstIndex { $0.id == x.id }
        case let .upsertEvaluation(x): index = evaluations.firstIndex { $0.id == x.id }
        case let .upsertRound(x): index = rounds.firstIndex { $0.id == x.id }
        case let .upsertRespondent(x): index = respondents.firstIndex { $0.id == x.id }
        case let .upsertAnswer(x): index = answers.firstIndex { $0.id == x.id }
        case .restore: return change
        default: index = nil
        }
        return index.map { .restore(change, at: $0) }
    }
}
