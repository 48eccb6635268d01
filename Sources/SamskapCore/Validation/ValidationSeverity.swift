/// How serious a validation issue is.
public enum ValidationSeverity: String, Codable, Comparable, Sendable {
    /// Something worth a second look; the edit is saved.
    case warning
    /// Something wrong; the edit is not saved until it is fixed.
    case error

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs == .warning && rhs == .error }
}
