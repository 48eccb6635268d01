import FoundationEssentials

/// A group of people the work is for (impact step 3).
public struct TargetGroup: Codable, Equatable, Hashable, Sendable, Identifiable {
    /// Stable id.
    public var id: UUID
    /// Short name.
    public var name: String
    /// Who they are and what they need.
    public var description: String
    /// About how many people the group counts, if anyone has estimated it.
    public var estimatedSize: Int?
    /// How they take part in the work (as users, in workshops, as co-designers …).
    public var participation: String

    /// Creates a target group.
    public init(id: UUID = UUID(), name: String, description: String = "", estimatedSize: Int? = nil,
                participation: String = "") {
        self.id = id
        self.name = name
        self.description = description
        self.estimatedSize = estimatedSize
        self.participation = participation
    }

    private enum CodingKeys: String, CodingKey { case id, name, description, estimatedSize, participation }

    /// Decodes a target group; the size and participation are optional, as files from before they existed lack them.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try c.decode(UUID.self, forKey: .id), name: try c.decode(String.self, forKey: .name),
                  description: try c.decode(String.self, forKey: .description),
                  estimatedSize: try c.decodeIfPresent(Int.self, forKey: .estimatedSize),
                  participation: try c.decodeIfPresent(String.self, forKey: .participation) ?? "")
    }
}
