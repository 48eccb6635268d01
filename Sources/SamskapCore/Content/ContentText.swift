import FoundationEssentials

/// A text of the content in `data/`, in every language it is written in: a JSON object such as
/// `{"nb": "…", "nn": "…", "en": "…"}`. A language that is missing falls back to English.
public struct ContentText: Codable, Equatable, Hashable, Sendable {
    /// The text by language code.
    public var byLanguage: [String: String]

    /// A text in the given languages (English should be among them).
    public init(_ byLanguage: [String: String]) {
        self.byLanguage = byLanguage
    }

    /// The text in `language`, else in English.
    public func text(_ language: Language) -> String {
        byLanguage[language.rawValue] ?? byLanguage[Language.en.rawValue] ?? ""
    }

    /// The bokmål text (English when there is none).
    public var nb: String { text(.nb) }
    /// The English text.
    public var en: String { text(.en) }

    public init(from decoder: Decoder) throws {
        byLanguage = try decoder.singleValueContainer().decode([String: String].self)
        guard byLanguage[Language.en.rawValue] != nil else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "no English text (\"en\")"))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(byLanguage)
    }
}
