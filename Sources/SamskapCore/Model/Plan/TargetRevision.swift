import FoundationEssentials

/// What an indicator said before someone changed its target, definition or method, and why it changed.
/// Targets change as people learn; the earlier plan stays readable.
public struct TargetRevision: Codable, Equatable, Hashable, Sendable {
    /// The day of the change: the earlier values held until the day before.
    public var changedOn: Day
    /// Why it changed.
    public var reason: String
    /// The earlier target, with its date.
    public var target: ReferencePoint
    /// The earlier definition (the indicator's name).
    public var name: String
    /// The earlier method.
    public var method: String

    /// Creates a revision.
    public init(changedOn: Day, reason: String, target: ReferencePoint, name: String, method: String) {
        self.changedOn = changedOn
        self.reason = reason
        self.target = target
        self.name = name
        self.method = method
    }
}
