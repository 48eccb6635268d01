import FoundationEssentials

/// The frameworks explained where they are used, in our own words: the staircase, the circle's phases, thin and thick
/// co-creation and the four result levels (`data/frameworks/<language>.json`). The values and action fields are
/// explained by the model's own summaries (`ModelContent`).
public struct FrameworkGuide: Codable, Equatable, Sendable {
    /// One framework: a title, a sentence or two, and a short text per step, phase or level.
    public struct Section: Codable, Equatable, Sendable {
        public var title: String
        public var intro: String
        public var items: [Item]

        /// The text of the item with the id (a term's code, e.g. `curious`), if any.
        public func text(_ id: String) -> String? { items.first { $0.id == id }?.text }
    }

    /// One step, phase or level, by its term's code.
    public struct Item: Codable, Equatable, Sendable {
        public var id: String
        public var text: String
    }

    public var language: Language
    public var staircase: Section
    public var circle: Section
    public var coCreation: Section
    public var resultLevels: Section

    /// Reads and checks a guide: every staircase step, circle phase and result level has its text.
    public static func load(from url: URL) throws -> FrameworkGuide {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw ContentError.unreadable(url.path, error.readableDescription(.en))
        }
        let guide: FrameworkGuide
        do { guide = try JSONDecoder().decode(FrameworkGuide.self, from: data) } catch {
            throw ContentError.malformed(url.path, String(describing: error))
        }
        let expected: [(Section, [String])] = [
            (guide.staircase, StaircaseStep.allCases.map(\.rawValue)), (guide.circle, CirclePhase.allCases.map(\.rawValue)),
            (guide.coCreation, ["thin", "thick"]), (guide.resultLevels, IndicatorLevel.allCases.map(\.rawValue)),
        ]
        for (section, ids) in expected where section.items.map(\.id) != ids {
            throw ContentError.malformed(url.path, "\(section.title): expected \(ids.joined(separator: ", "))")
        }
        return guide
    }

    /// Loads the guide in a language from the data folder the resource locator finds.
    public static func load(_ language: Language, locator: ResourceLocator = .standard) throws -> FrameworkGuide {
        try load(from: locator.data.appendingPathComponent("frameworks/\(language.rawValue).json"))
    }
}
