import SamskapCore

/// The sections of the report after the title page and the contents, in the order they appear.
///
/// The raw value is the name on the command line (`--sections summary,results`); the bokmål and
/// English titles are accepted there too.
public enum ReportSection: String, Term {
    /// One page: the model chart, key indicators and their status, the largest divergences.
    case summary
    /// Problem, vision, goals and where the work stands (thin/thick, staircase, circle).
    case project
    /// The partners: sector, roles, what they bring, anchor points.
    case partners
    /// Process results: charts, scores per round, divergences, reflection prompts.
    case process
    /// Results chain and indicators.
    case results
    /// The evaluation log.
    case evaluation
    /// How scores and statuses are computed.
    case method

    /// The section's heading.
    public var term: LocalizedText {
        switch self {
        case .summary: LocalizedText("Summary")
        case .project: LocalizedText("The project")
        case .partners: LocalizedText("The partners")
        case .process: LocalizedText("The process")
        case .results: LocalizedText("The results")
        case .evaluation: LocalizedText("Evaluation log")
        case .method: LocalizedText("About the method")
        }
    }

    /// Short bokmål and English names accepted on the command line besides the code and the heading.
    public var aliases: [String] {
        switch self {
        case .summary: ["sammendrag"]
        case .project: ["prosjekt", "prosjektet"]
        case .partners: ["samarbeidspartnere", "aktører", "aktorer", "partnere"]
        case .process: ["prosess", "prosessen"]
        case .results: ["resultater", "resultat"]
        case .evaluation: ["evaluering", "logg", "log"]
        case .method: ["metode", "metoden"]
        }
    }

    /// Parses a comma-separated list such as `summary,results`; returns the names it did not know.
    public static func parseList(_ text: String) -> (sections: [ReportSection], unknown: [String]) {
        var chosen = Set<ReportSection>(), unknown: [String] = []
        for word in text.split(separator: ",").map({ $0.trimmingSpaces() }) where !word.isEmpty {
            if let section = matching(word) ?? allCases.first(where: { $0.aliases.contains(word.lowercased()) }) {
                chosen.insert(section)
            } else {
                unknown.append(word)
            }
        }
        // Always in the document's order, whatever order they were named in.
        return (allCases.filter(chosen.contains), unknown)
    }
}
