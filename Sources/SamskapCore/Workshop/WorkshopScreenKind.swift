import FoundationEssentials

/// The kinds of screen a workshop agenda is made of, in the order the coordinator usually shows them.
public enum WorkshopScreenKind: String, Codable, CaseIterable, Sendable {
    /// The project, the municipality, the date and the problem in the words of those who live with it.
    case title
    /// The four values and seven action fields, one highlighted at a time with its meaning.
    case model
    /// A rating round: answers come in, the screen shows only how many have answered.
    case rating
    /// The results of a round, most disputed first, once the coordinator reveals them.
    case reveal
    /// The results compared between groups of partners, each group under the anonymity threshold hidden.
    case groups
    /// The thin/thick matrix, the staircase and the circle: the room decides, the coordinator records.
    case position
    /// The four mental rooms: what the room says in each, counted and noted.
    case mentalRooms = "mental-rooms"
    /// The progress of one indicator or one result level.
    case indicators
    /// A large count-down.
    case timer
    /// What the room agrees, typed by the coordinator and saved to the evaluation log.
    case decisions

    /// Whether the screen shows results of a round and so waits for the coordinator to reveal them.
    public var hidesUntilRevealed: Bool { self == .rating || self == .reveal || self == .groups }
}
