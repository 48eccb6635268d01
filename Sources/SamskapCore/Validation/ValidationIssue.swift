import FoundationEssentials

/// One thing wrong (or worth a second look) in what the user typed, with a message in both languages.
///
/// The window puts the message under the field named by `field`; `samskap check` and import list them.
public struct ValidationIssue: UserFacingError, Equatable, Hashable, Sendable {
    /// Error blocks saving; warning does not.
    public var severity: ValidationSeverity
    /// The check that found it.
    public var rule: ValidationRule
    /// The field it concerns, a stable key-path-like string, e.g. "partner.name", "measurement.value".
    public var field: String
    /// The record (or part of a record, such as an anchor point) it concerns, when it has an id.
    public var recordID: UUID?
    /// What is wrong and what to do, in both languages, addressing the user as "du".
    public var text: LocalizedText

    /// Creates an issue.
    public init(_ severity: ValidationSeverity, _ rule: ValidationRule, field: String, recordID: UUID? = nil, text: LocalizedText) {
        self.severity = severity
        self.rule = rule
        self.field = field
        self.recordID = recordID
        self.text = text
    }

    /// Creates an issue from its message.
    static func make(_ severity: ValidationSeverity, _ rule: ValidationRule, _ field: String, _ recordID: UUID?,
                     text: LocalizedText) -> ValidationIssue {
        ValidationIssue(severity, rule, field: field, recordID: recordID, text: text)
    }

    /// The message in the given language.
    public func message(_ language: Language) -> String { text.text(language) }

    /// Whether the edit must be fixed before it is saved.
    public var blocksSaving: Bool { severity == .error }
}

extension Array where Element == ValidationIssue {
    /// Whether any issue blocks saving.
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// The issues about one field, for the window to show under it.
    public func issues(for field: String) -> [ValidationIssue] { filter { $0.field == field } }
}
