/// An enumerated domain concept with a stable code (its raw value, used in files) and a name in both languages.
public protocol Term: RawRepresentable, CaseIterable, Codable, Hashable, Sendable where RawValue == String {
    /// The name people read, in both languages; the same word on every screen, in the report and in the CLI.
    var term: LocalizedText { get }
}

extension Term {
    /// The name in the given language.
    public func name(_ language: Language) -> String { term.text(language) }

    /// The case whose code or name (in any language, any case) matches the text.
    public static func matching(_ text: String) -> Self? {
        let wanted = text.trimmingSpaces().lowercased()
        return allCases.first { value in
            value.rawValue.lowercased() == wanted || Language.allCases.contains { value.name($0).lowercased() == wanted }
        }
    }
}
