import FoundationEssentials

/// A group of partners the coordinator names for a comparison, e.g. "innbyggere og frivillige": every respondent
/// whose partner has one of the sectors belongs to it.
public struct WorkshopGroup: Codable, Equatable, Hashable, Sendable {
    /// The name shown on the screen.
    public var name: String
    /// The sectors whose partners make up the group.
    public var sectors: [Sector]

    /// Creates a group.
    public init(name: String, sectors: [Sector]) {
        self.name = name
        self.sectors = sectors
    }

    /// Whether the comparison shows the group: the editor keeps an unnamed group (or one without sectors) while the
    /// coordinator prepares it, and such a group is left out.
    public var isUsed: Bool { !name.trimmingSpaces().isEmpty && !sectors.isEmpty }
}

/// The four mental rooms of a conversation, on the axes past–future and negative–positive.
public enum MentalRoom: String, Codable, CaseIterable, Sendable {
    case complaining, reminiscing, worrying, wishes
}
