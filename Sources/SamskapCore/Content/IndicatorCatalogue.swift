import FoundationEssentials

/// The policy areas of the indicator catalogue.
public enum CatalogueArea: String, Term {
    case employment, loneliness, housing, children, health, education, crime

    public var term: LocalizedText {
        switch self {
        case .employment: LocalizedText("Employment")
        case .loneliness: LocalizedText("Loneliness and participation")
        case .housing: LocalizedText("Housing")
        case .children: LocalizedText("Children's leisure and activity")
        case .health: LocalizedText("Health")
        case .education: LocalizedText("Education")
        case .crime: LocalizedText("Crime prevention")
        }
    }
}

/// A known indicator from the catalogue (`data/catalogue/indicators.json`), to reuse instead of inventing a new one.
public struct CatalogueIndicator: Codable, Equatable, Hashable, Sendable, Identifiable {
    /// Stable id, e.g. "housing.own-home"; a project indicator made from it keeps it as `catalogueID`.
    public var id: String
    /// The policy area.
    public var area: CatalogueArea
    /// Level in the results chain.
    public var level: IndicatorLevel
    /// Counted or described.
    public var kind: IndicatorKind
    /// Which way is better.
    public var direction: Direction
    /// What is measured.
    public var name: ContentText
    /// Unit; empty for a qualitative indicator.
    public var unit: ContentText
    /// How it is measured.
    public var method: ContentText
    /// Where the data come from.
    public var source: ContentText

    /// Creates an entry.
    public init(id: String, area: CatalogueArea, level: IndicatorLevel, kind: IndicatorKind, direction: Direction,
                name: ContentText, unit: ContentText, method: ContentText, source: ContentText) {
        self.id = id
        self.area = area
        self.level = level
        self.kind = kind
        self.direction = direction
        self.name = name
        self.unit = unit
        self.method = method
        self.source = source
    }

    /// How often an indicator of this level is usually measured: quarterly for output and outcome,
    /// yearly for impact and societal value.
    public var suggestedFrequency: Frequency {
        switch level {
        case .output, .outcome: .quarterly
        case .impact, .societal: .yearly
        }
    }

    /// A new project indicator made from this entry, in the project's language, with `catalogueID` set.
    /// Baseline, target and the responsible partner are left for the partners to set.
    public func makeIndicator(language: Language) -> Indicator {
        Indicator(name: name.text(language), level: level, kind: kind, unit: unit.text(language), direction: direction,
                  method: method.text(language), dataSource: source.text(language), frequency: suggestedFrequency,
                  catalogueID: id)
    }
}

/// The catalogue of known indicators.
public enum IndicatorCatalogue {
    /// Reads and checks the catalogue.
    public static func load(locator: ResourceLocator = .standard) throws -> [CatalogueIndicator] {
        let url = locator.data.appendingPathComponent("catalogue/indicators.json")
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw ContentError.unreadable(url.path, error.readableDescription(.en))
        }
        let entries: [CatalogueIndicator]
        do { entries = try JSONDecoder().decode([CatalogueIndicator].self, from: data) } catch {
            throw ContentError.malformed(url.path, String(describing: error))
        }
        var seen = Set<String>()
        for e in entries where !seen.insert(e.id).inserted {
            throw ContentError.malformed(url.path, "indicator id \(e.id) is used twice")
        }
        return entries
    }

    /// The entries of one area, in the catalogue's order.
    public static func entries(in area: CatalogueArea, of catalogue: [CatalogueIndicator]) -> [CatalogueIndicator] {
        catalogue.filter { $0.area == area }
    }
}
