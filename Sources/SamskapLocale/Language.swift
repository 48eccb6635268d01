import Glibc

/// The languages Samskap's own content comes in (the model, the indicator catalogue, dates and numbers):
/// Norwegian bokmål, Norwegian nynorsk and English. The texts of the program may come in more: any language
/// with a catalogue in `po/` (see `Catalogue`); its content then falls back to English.
public enum Language: String, Codable, CaseIterable, Sendable {
    case nb
    case nn
    case en

    /// Norwegian, in either written form: dates and numbers are written the same way in both.
    public var isNorwegian: Bool { self != .en }

    /// The language's name in itself, as a choice of language shows it.
    public var endonym: String {
        switch self {
        case .nb: "Norsk bokmål"
        case .nn: "Norsk nynorsk"
        case .en: "English"
        }
    }

    /// The language's tag for documents (PDF /Lang) and text shaping: `nb-NO`, `nn-NO`, `en`.
    public var bcp47Tag: String {
        switch self {
        case .nb: "nb-NO"
        case .nn: "nn-NO"
        case .en: "en"
        }
    }

    /// The language of this process's texts and content, found once from the environment.
    public static var current: Language { Catalogue.setup.language }

    /// The language asked for by the environment (`LANGUAGE`, `LC_ALL`, `LC_MESSAGES`, `LANG`): `nn` nynorsk,
    /// `nb` or `no` bokmål, any other language English; bokmål when none is set.
    public static func fromEnvironment(_ environment: (String) -> String? = { getenv($0).map { String(cString: $0) } }) -> Language {
        LanguageRequest.resolve(environment, hasCatalogue: { _ in false }).language
    }

    /// The language asked for by these variables.
    public static func fromEnvironment(_ variables: [String: String]) -> Language {
        fromEnvironment { variables[$0] }
    }

    /// The language named by a code such as `nn`, `nn_NO.UTF-8` or `no`; nil for a language Samskap's content
    /// does not come in.
    public init?(code: String) {
        switch LanguageRequest.baseCode(code) {
        case "nb", "no": self = .nb
        case "nn": self = .nn
        case "en": self = .en
        default: return nil
        }
    }
}

/// What the environment asks for: the catalogue's language code (which may be one Samskap has no content in,
/// such as a new translation) and the content's language.
struct LanguageRequest: Equatable {
    var code: String
    var language: Language

    /// The first language asked for that Samskap can show. `LANGUAGE` may list several (`nn:nb`), the other
    /// variables name one locale. `C` and `POSIX` ask for nothing. A language without a catalogue or content
    /// gives English; nothing asked gives bokmål.
    static func resolve(_ environment: (String) -> String?, hasCatalogue: (String) -> Bool) -> LanguageRequest {
        for key in ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment(key), !value.isEmpty else { continue }
            var askedForSomething = false
            for entry in value.split(separator: ":").map(String.init) {
                let code = baseCode(entry)
                if code.isEmpty || code == "c" || code == "posix" { continue }
                askedForSomething = true
                if let language = Language(code: code) { return LanguageRequest(code: language.rawValue, language: language) }
                if hasCatalogue(code) { return LanguageRequest(code: code, language: .en) }
            }
            if askedForSomething { return LanguageRequest(code: "en", language: .en) }
        }
        return LanguageRequest(code: "nb", language: .nb)
    }

    /// `nn_NO.UTF-8@x` → `nn`: the language alone, lower case.
    static func baseCode(_ entry: String) -> String {
        let cut = entry.split(whereSeparator: { $0 == "_" || $0 == "." || $0 == "@" || $0 == "-" }).first.map(String.init) ?? ""
        return cut.lowercased()
    }
}
