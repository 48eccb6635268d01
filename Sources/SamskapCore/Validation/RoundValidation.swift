import FoundationEssentials

extension AssessmentRound {
    /// Checks a round: it needs a label people recognise it by.
    public func validationIssues() -> [ValidationIssue] {
        guard Wording.isBlank(label) else { return [] }
        return [.make(.error, .roundLabelEmpty, "round.label", id,
                      text: LocalizedText("The round needs a label. Type for example “Kick-off” or “Autumn 2025”."))]
    }
}

extension Respondent {
    /// Checks a respondent: either a partner or a label, so the answers can be told apart.
    public func validationIssues() -> [ValidationIssue] {
        guard partnerID == nil, Wording.isBlank(label) else { return [] }
        return [.make(.error, .respondentUnidentified, "respondent.label", id,
                      text: LocalizedText("The respondent has neither a partner nor a label. Choose a partner, or type a label such as “Participant 3”."))]
    }
}
