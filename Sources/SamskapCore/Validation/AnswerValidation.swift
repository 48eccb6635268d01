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
                                nb: "Opplevelsen må være et tall fra \(scale.lowerBound) til \(scale.upperBound) (fikk \(experience)). Velg et tall på skalaen, eller «vet ikke».",
                                en: "Experience must be a number from \(scale.lowerBound) to \(scale.upperBound) (got \(experience)). Choose a number on the scale, or “don’t know”."))
        }
        if let importance, !scale.contains(importance) {
            issues.append(.make(.error, .answerImportanceOutOfRange, "answer.importance", id,
                                nb: "Viktigheten må være et tall fra \(scale.lowerBound) til \(scale.upperBound) (fikk \(importance)). Velg et tall på skalaen, eller «vet ikke».",
                                en: "Importance must be a number from \(scale.lowerBound) to \(scale.upperBound) (got \(importance)). Choose a number on the scale, or “don’t know”."))
        }
        if dontKnow && (experience != nil || importance != nil) {
            issues.append(.make(.error, .answerDontKnowWithScores, "answer.dontKnow", id,
                                nb: "Svaret er merket «vet ikke», men har også poeng. Fjern poengene, eller fjern merket «vet ikke».",
                                en: "The answer is marked “don’t know” but also has scores. Remove the scores, or untick “don’t know”."))
        }
        if !statementIsKnown {
            issues.append(.make(.error, .answerUnknownStatement, "answer.statementID", id,
                                nb: "Svaret gjelder utsagnet «\(statementID)», som ikke finnes i modellen. Filen kan være laget med en annen versjon av Samskap; slett svaret eller oppdater programmet.",
                                en: "The answer is about the statement “\(statementID)”, which is not in the model. The file may come from another version of Samskap; delete the answer or update the application."))
        }
        return issues
    }
}
