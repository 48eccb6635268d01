import FoundationEssentials

extension Project {
    /// Longest project name, in characters: it must fit a title line of the report.
    public static let maximumNameLength = 200
    /// The anonymity threshold people may choose.
    public static let anonymityThresholdRange = 1...20

    /// Checks the project's own fields: name, period, anonymity threshold, municipality number.
    public func validationIssues() -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        let trimmed = name.trimmed()
        if trimmed.isEmpty {
            issues.append(.make(.error, .projectNameEmpty, "project.name", id,
                                text: LocalizedText("The project needs a name. Type a short one, for example “Together against loneliness”.")))
        } else if trimmed.count > Self.maximumNameLength {
            issues.append(.make(.error, .projectNameTooLong, "project.name", id,
                                text: LocalizedText("The project name is %1$s characters long. Shorten it to at most %2$s.", "\(trimmed.count)", "\(Self.maximumNameLength)")))
        }
        if let start = period.start, let end = period.end, end < start {
            issues.append(.make(.error, .periodEndBeforeStart, "project.period.end", id,
                                text: LocalizedText("The project period ends on %1$s, before it starts on %2$s. Correct the start or end date.") { language in [end.formatted(language), start.formatted(language)] }))
        }
        let range = Self.anonymityThresholdRange
        if !range.contains(anonymityThreshold) {
            issues.append(.make(.error, .anonymityThresholdOutOfRange, "project.anonymityThreshold", id,
                                text: LocalizedText("The anonymity threshold must be from %1$s to %2$s respondents (got %3$s). Choose a number in that range; 3 is common.", "\(range.lowerBound)", "\(range.upperBound)", "\(anonymityThreshold)")))
        }
        if let municipality, !Self.isMunicipalityNumber(municipality.number) {
            issues.append(.make(.error, .municipalityNumberInvalid, "project.municipality.number", id,
                                text: LocalizedText("The municipality number must have four digits (got “%1$s”). Pick the municipality from the list, or type its number, for example 3301.", "\(municipality.number)")))
        }
        return issues
    }

    /// Four ASCII digits, as the official municipality numbers are written (leading zero kept, e.g. "0301").
    static func isMunicipalityNumber(_ text: String) -> Bool {
        text.utf8.count == 4 && text.utf8.allSatisfy { (0x30...0x39).contains($0) }
    }
}
