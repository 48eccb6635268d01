import FoundationEssentials

/// The two languages Samskap speaks: Norwegian bokmål first, English second.
public enum Language: String, Codable, CaseIterable, Sendable {
    case nb
    case en

    /// The language asked for by the environment (`LANGUAGE`, `LC_ALL`, `LC_MESSAGES`, `LANG`), bokmål when unsure.
    public static func fromEnvironment(_ environment: (String) -> String? = ProcessEnvironment.value) -> Language {
        for key in ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment(key), !value.isEmpty else { continue }
            let first = value.split(separator: ":").first.map(String.init) ?? value
            if first.hasPrefix("en") { return .en }
            if first.hasPrefix("nb") || first.hasPrefix("no") || first.hasPrefix("nn") { return .nb }
            if first == "C" || first == "POSIX" || first.hasPrefix("C.") { continue }
            return .en
        }
        return .nb
    }

    /// The language asked for by these variables.
    public static func fromEnvironment(_ variables: [String: String]) -> Language {
        fromEnvironment { variables[$0] }
    }
}

/// A text in both languages, for words the domain owns (terms, model content, messages).
public struct LocalizedText: Codable, Equatable, Hashable, Sendable {
    /// Norwegian bokmål.
    public var nb: String
    /// English.
    public var en: String

    /// Creates a text from its two translations.
    public init(nb: String, en: String) {
        self.nb = nb
        self.en = en
    }

    /// The text in the given language.
    public func text(_ language: Language) -> String {
        language == .nb ? nb : en
    }
}
