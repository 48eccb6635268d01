import FoundationEssentials

extension ProjectDocument {
    /// Records that point at a partner, indicator, round or respondent that is not in the project.
    ///
    /// The window cannot make such links; they come from hand-edited or damaged files met at import.
    public func referenceIssues() -> [ValidationIssue] {
        let partnerIDs = Set(partners.map(\.id)), indicatorIDs = Set(indicators.map(\.id))
        let roundIDs = Set(rounds.map(\.id)), respondentIDs = Set(respondents.map(\.id))
        var issues: [ValidationIssue] = []
        func missing(_ field: String, _ recordID: UUID, _ what: LocalizedText, _ target: UUID) {
            issues.append(.make(.error, .unknownReference, field, recordID,
                                text: LocalizedText("%1$s points to %2$s, which is not in the project. Correct or delete the record in the file before you import it.") { language in [what.text(language), target.uuidString] }))
        }
        for s in subGoals where !partnerIDs.contains(s.partnerID) {
            missing("subGoal.partnerID", s.id, LocalizedText("A sub-goal"), s.partnerID)
        }
        for i in indicators {
            if let p = i.responsiblePartnerID, !partnerIDs.contains(p) {
                missing("indicator.responsiblePartnerID", i.id, LocalizedText("The indicator %1$s") { [name = i.name] language in [Wording.name(name, language)] }, p)
            }
        }
        for m in measurements where !indicatorIDs.contains(m.indicatorID) {
            missing("measurement.indicatorID", m.id, LocalizedText("A measurement"), m.indicatorID)
        }
        for e in evaluations {
            for i in e.indicatorIDs where !indicatorIDs.contains(i) {
                missing("evaluation.indicatorIDs", e.id, LocalizedText("An evaluation entry"), i)
            }
        }
        for r in respondents {
            if !roundIDs.contains(r.roundID) { missing("respondent.roundID", r.id, LocalizedText("A respondent"), r.roundID) }
            if let p = r.partnerID, !partnerIDs.contains(p) { missing("respondent.partnerID", r.id, LocalizedText("A respondent"), p) }
        }
        for a in answers {
            if !roundIDs.contains(a.roundID) { missing("answer.roundID", a.id, LocalizedText("An answer"), a.roundID) }
            if !respondentIDs.contains(a.respondentID) { missing("answer.respondentID", a.id, LocalizedText("An answer"), a.respondentID) }
        }
        return issues
    }
}
