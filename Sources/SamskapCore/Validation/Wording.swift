import FoundationEssentials

/// How validation messages name things, the same way in every message.
enum Wording {
    /// The name of a record in a message, or a stand-in when it has none yet.
    static func name(_ name: String, _ language: Language) -> String {
        let trimmed = name.trimmed()
        if trimmed.isEmpty { return tr("(unnamed)", in: language) }
        // The quotation marks are the language's: «» in Norwegian, “” in English.
        return trf("“%1$s”", in: language, trimmed)
    }

    /// Whether a text is empty once spaces and line breaks are taken away.
    static func isBlank(_ text: String) -> Bool { text.isBlank }

    /// A number as people read it: decimal comma in Norwegian, no trailing ",0".
    static func number(_ value: Double, _ language: Language) -> String {
        let text = value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
        return language.isNorwegian ? text.replacing(".", with: ",") : text
    }
}
