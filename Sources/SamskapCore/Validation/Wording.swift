import FoundationEssentials

/// How validation messages name things, the same way in every message.
enum Wording {
    /// «text» in bokmål.
    static func nb(_ text: String) -> String { "«\(text)»" }
    /// “text” in English.
    static func en(_ text: String) -> String { "“\(text)”" }

    /// The name of a record in a message, or a stand-in when it has none yet.
    static func name(_ name: String, _ language: Language) -> String {
        let trimmed = name.trimmed()
        if trimmed.isEmpty { return language == .nb ? "(uten navn)" : "(unnamed)" }
        return language == .nb ? nb(trimmed) : en(trimmed)
    }

    /// Whether a text is empty once spaces and line breaks are taken away.
    static func isBlank(_ text: String) -> Bool { text.isBlank }

    /// A number as people read it: decimal comma in bokmål, no trailing ",0".
    static func number(_ value: Double, _ language: Language) -> String {
        let text = value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
        return language == .nb ? text.replacing(".", with: ",") : text
    }
}
