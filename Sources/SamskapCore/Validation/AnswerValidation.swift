import FoundationEssentials

extension Answer {
    /// The scale of experience and importance.
    public static let scale = 1...5

    /// Checks an answer against the model: scores on the scale, no scores with "don't know", a known statement.
    public func validationIssues(model: ModelContent) -> [ValidationIssue] {
        validationIssues(statementIsKnown: model.dimension(ofStatement: statementID) != nil)
    }

    /// The checks, with the model lookup done by the caller (the document looks statements up in one set).
    func validationIssues(statementIsKnown: Bool) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        let scale = Self.scale
        if let experience, !scale.contains(experience) {
            issues.append(.make(.error, .answerExperienceOutOfRange, "answer.experience", id,
                                text: LocalizedText("Experience must be a number from %1$s to %2$s (got %3$s). Choose a number on the scale, or “don’t know”.", "\(scale.lowerBound)", "\(scale.upperBound)", "\(experience)")))
        }
        if let importance, !scale.contains(importance) {
            issues.append(.make(.error, .answerImportanceOutOfRange, "answer.importance", id,
                                text: LocalizedText("Importance must be a number from %1$s to %2$s (got %3$s). Choose a number on the scale, or “don’t know”.", "\(scale.lowerBound)", "\(scale.upperBound)", "\(importance)")))
        }
        if dontKnow && (experience != nil || importance != nil) {
            issues.append(.make(.error, .answerDontKnowWithScores, "answer.dontKnow", id,
                                text: LocalizedText("The answer is marked “don’t know” but also has scores. Remove the scores, or untick “don’t know”.")))
        }
        if !statementIsKnown {
            issues.append(.make(.error, .answerUnknownStatement, "answer.statementID", id,
                                text: LocalizedText("The answer is about the statement “%1$s”, which is not in the model. The file may come from another version of Samskap; delete the answer or update the application.", "\(statementID)")))
        }
        return issues
    }
}
