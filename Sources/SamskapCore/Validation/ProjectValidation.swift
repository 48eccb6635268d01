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
                                nb: "Prosjektet trenger et navn. Skriv et kort navn, for eksempel «Sammen mot ensomhet».",
                                en: "The project needs a name. Type a short one, for example “Together against loneliness”."))
        } else if trimmed.count > Self.maximumNameLength {
            issues.append(.make(.error, .projectNameTooLong, "project.name", id,
                                nb: "Navnet på prosjektet er \(trimmed.count) tegn langt. Kort det ned til høyst \(Self.maximumNameLength) tegn.",
                                en: "The project name is \(trimmed.count) characters long. Shorten it to at most \(Self.maximumNameLength)."))
        }
        if let start = period.start, let end = period.end, end < start {
            issues.append(.make(.error, .periodEndBeforeStart, "project.period.end", id,
                                nb: "Prosjektperioden slutter \(end.formatted(.nb)), før den begynner \(start.formatted(.nb)). Rett start- eller sluttdatoen.",
                                en: "The project period ends on \(end.formatted(.en)), before it starts on \(start.formatted(.en)). Correct the start or end date."))
        }
        let range = Self.anonymityThresholdRange
        if !range.contains(anonymityThreshold) {
            issues.append(.make(.error, .anonymityThresholdOutOfRange, "project.anonymityThreshold", id,
                                nb: "Terskelen for anonymitet må være fra \(range.lowerBound) til \(range.upperBound) svar (fikk \(anonymityThreshold)). Velg et tall i det området; 3 er vanlig.",
                                en: "The anonymity threshold must be from \(range.lowerBound) to \(range.upperBound) respondents (got \(anonymityThreshold)). Choose a number in that range; 3 is common."))
        }
        if let municipality, !Self.isMunicipalityNumber(municipality.number) {
            issues.append(.make(.error, .municipalityNumberInvalid, "project.municipality.number", id,
                                nb: "Kommunenummeret må ha fire sifre (fikk «\(municipality.number)»). Velg kommunen i listen, eller skriv nummeret, for eksempel 3301.",
                                en: "The municipality number must have four digits (got “\(municipality.number)”). Pick the municipality from the list, or type its number, for example 3301."))
        }
        return issues
    }

    /// Four ASCII digits, as the official municipality numbers are written (leading zero kept, e.g. "0301").
    static func isMunicipalityNumber(_ text: String) -> Bool {
        text.utf8.count == 4 && text.utf8.allSatisfy { (0x30...0x39).contains($0) }
    }
}
