import FoundationEssentials

/// An overall goal of the project; goals are kept in the order the partners gave them.
public struct Goal: Codable, Equatable, Hashable, Sendable, Identifiable {
    /// Stable id.
    public var id: UUID
    /// The goal.
    public var text: String
    /// Place in the list, from 0.
    public var position: Int

    /// Creates a goal.
    public init(id: UUID = UUID(), text: String, position: Int) {
        self.id = id
        self.text = text
        self.position = position
    }
}

/// A partner's own sub-goal within the shared vision.
public struct SubGoal: Codable, Equatable, Hashable, Sendable, Identifiable {
    /// Stable id.
    public var id: UUID
    /// Whose sub-goal.
    public var partnerID: UUID
    /// The sub-goal.
    public var text: String

    /// Creates a sub-goal.
    public init(id: UUID = UUID(), partnerID: UUID, text: String) {
        self.id = id
        self.partnerID = partnerID
        self.text = text
    }
}
