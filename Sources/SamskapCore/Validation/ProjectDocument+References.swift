import FoundationEssentials

extension ProjectDocument {
    /// Records that point at a partner, indicator, round or respondent that is not in the project.
    ///
    /// The window cannot make such links; they come from hand-edited or damaged files met at import.
    public func referenceIssues() -> [ValidationIssue] {
        let partnerIDs = Set(partners.map(\.id)), indicatorIDs = Set(indicators.map(\.id))
        let roundIDs = Set(rounds.map(\.id)), respondentIDs = Set(respondents.map(\.id))
        var issues: [ValidationIssue] = []
        func missing(_ field: String, _ recordID: UUID, _ whatNb: String, _ whatEn: String, _ target: UUID) {
            issues.append(.make(.error, .unknownReference, field, recordID,
                                text: LocalizedText("%1$s points to %2$s, which is not in the project. Correct or delete the record in the file before you import it.") { language in [tr(whatEn, in: language), "\(target.uuidString)"] }))
        }
        for s in subGoals where !partnerIDs.contains(s.partnerID) {
            missing("subGoal.partnerID", s.id, "Et delmål", "A sub-goal", s.partnerID)
        }
        for i in indicators {
            if let p = i.responsiblePartnerID, !partnerIDs.contains(p) {
                missing("indicator.responsiblePartnerID", i.id, "Indikatoren «\(i.name)»", "The indicator “\(i.name)”", p)
            }
        }
        for m in measurements where !indicatorIDs.contains(m.indicatorID) {
            missing("measurement.indicatorID", m.id, "En måling", "A measurement", m.indicatorID)
        }
        for e in evaluations {
            for i in e.indicatorIDs where !indicatorIDs.contains(i) {
                missing("evaluation.indicatorIDs", e.id, "En evaluering", "An evaluation entry", i)
            }
        }
        for r in respondents {
            if !roundIDs.contains(r.roundID) { missing("respondent.roundID", r.id, "En svarer", "A respondent", r.roundID) }
            if let p = r.partnerID, !partnerIDs.contains(p) { missing("respondent.partnerID", r.id, "En svarer", "A respondent", p) }
        }
        for a in answers {
            if !roundIDs.contains(a.roundID) { missing("answer.roundID", a.id, "Et svar", "An answer", a.roundID) }
            if !respondentIDs.contains(a.respondentID) { missing("answer.respondentID", a.id, "Et svar", "An answer", a.respondentID) }
        }
        return issues
    }
}
