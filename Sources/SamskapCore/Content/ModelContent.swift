import FoundationEssentials

/// Whether a part of the model is a value (for lift) or an action field (for progress).
public enum DimensionKind: String, Term {
    case value, field

    public var term: LocalizedText {
        switch self {
        case .value: LocalizedText("Value")
        case .field: LocalizedText("Action field")
        }
    }
}

/// A statement partners rate in an assessment round.
public struct Statement: Codable, Equatable, Hashable, Sendable, Identifiable {
    /// Stable id, the same in every language, e.g. "openness.2".
    public var id: String
    /// The statement.
    public var text: String
}

/// One of the model's four values or seven action fields, with its statements and reflection prompts.
public struct ModelDimension: Codable, Equatable, Hashable, Sendable, Identifiable {
    /// Stable id, the same in every language, e.g. "openness", "anchoring".
    public var id: String
    /// 1–4 for values, 1–7 for action fields, as in the figure.
    public var number: Int
    /// Short name.
    public var name: String
    /// One or two sentences of what it means.
    public var summary: String
    /// Statements to rate, 3–5.
    public var statements: [Statement]
    /// Questions for the partners to discuss, 2–4.
    public var prompts: [String]
}

/// The model of figure 5 in one language: four values, seven action fields.
public struct ModelContent: Codable, Equatable, Sendable {
    /// The language of the texts.
    public var language: Language
    /// Version of the content; statement ids never change meaning between versions.
    public var version: Int
    /// The four values.
    public var values: [ModelDimension]
    /// The seven action fields.
    public var fields: [ModelDimension]

    /// Action fields then values, the order of results and charts.
    public var allDimensions: [ModelDimension] { fields + values }

    /// The dimensions of one kind.
    public func dimensions(_ kind: DimensionKind) -> [ModelDimension] { kind == .value ? values : fields }

    /// The dimension a statement belongs to.
    public func dimension(ofStatement statementID: String) -> ModelDimension? {
        // Eleven dimensions of 3–5 statements: a scan beats building an index on every call. From the end, so that
        // the last dimension listing an id wins, as it did in the index.
        for dimension in allDimensions.reversed() where dimension.statements.contains(where: { $0.id == statementID }) {
            return dimension
        }
        return nil
    }

    /// The dimension with the id.
    public func dimension(id: String) -> ModelDimension? {
        allDimensions.first { $0.id == id }
    }

    /// Reads and checks a model file (`data/model/nb.json`).
    public static func load(from url: URL) throws -> ModelContent {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw ContentError.unreadable(url.path, error.readableDescription(.en))
        }
        let content: ModelContent
        do { content = try JSONDecoder().decode(ModelContent.self, from: data) } catch {
            throw ContentError.malformed(url.path, String(describing: error))
        }
        try content.check(path: url.path)
        return content
    }

    /// Loads the model in a language from the data folder the resource locator finds (`model/<code>.json`);
    /// the English model when there is none in that language yet.
    public static func load(_ language: Language, locator: ResourceLocator = .standard) throws -> ModelContent {
        let url = locator.data.appendingPathComponent("model/\(language.rawValue).json")
        if language != .en, !FileManager.default.fileExists(atPath: url.path) {
            return try load(from: locator.data.appendingPathComponent("model/en.json"))
        }
        return try load(from: url)
    }

    private func check(path: String) throws {
        guard values.count == 4, fields.count == 7 else {
            throw ContentError.malformed(path, "expected 4 values and 7 action fields, found \(values.count) and \(fields.count)")
        }
        var seen = Set<String>()
        for d in allDimensions {
            guard (3...5).contains(d.statements.count), (2...4).contains(d.prompts.count) else {
                throw ContentError.malformed(path, "\(d.id): needs 3–5 statements and 2–4 prompts")
            }
            for s in d.statements where !seen.insert(s.id).inserted {
                throw ContentError.malformed(path, "statement id \(s.id) is used twice")
            }
        }
    }
}

/// A content file in `data/` that cannot be used.
public enum ContentError: Error, Equatable, CustomStringConvertible {
    case unreadable(String, String)
    case malformed(String, String)

    public var description: String {
        switch self {
        case let .unreadable(path, why): "Cannot read \(path): \(why)"
        case let .malformed(path, why): "\(path) is not valid: \(why)"
        }
    }
}
