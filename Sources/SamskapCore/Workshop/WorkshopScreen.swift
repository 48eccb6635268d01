import FoundationEssentials

/// One screen of a workshop agenda: its kind, what it is about, and what happened on it.
///
/// One flat record for every kind (the fields a kind does not use stay at their defaults), so that an agenda
/// stores, exchanges and undoes as one list and a screen can change kind without losing its notes.
public struct WorkshopScreen: Codable, Equatable, Hashable, Sendable, Identifiable {
    /// Stable id.
    public var id: UUID
    /// What the screen shows.
    public var kind: WorkshopScreenKind
    /// The coordinator's notes, shown in the presenter view only.
    public var notes: String
    /// The round a rating, reveal or group screen is about; nil: the newest round.
    public var roundID: UUID?
    /// The round shown beside it on a reveal screen; nil: the one before `roundID`.
    public var previousRoundID: UUID?
    /// Whether the results of the round have been revealed on this screen.
    public var isRevealed: Bool
    /// A rating round: every statement on one screen instead of one by one.
    public var allOnOneScreen: Bool
    /// A rating round asks the short round's statements (one per field and value) instead of all.
    public var isShortRound: Bool
    /// How many people the coordinator expects to answer; 0: everyone entered so far.
    public var expectedCount: Int
    /// The indicator of an indicator screen; nil with `resultLevel` set, or for the first key indicator.
    public var indicatorID: UUID?
    /// The result level an indicator screen shows instead of one indicator ("output", "outcome", "impact").
    public var resultLevel: String?
    /// A timer's length in seconds.
    public var seconds: Int
    /// The mental rooms' tallies, in the order of `MentalRoom.allCases`.
    public var roomCounts: [Int]
    /// The mental rooms' notes, one text per room.
    public var roomNotes: [String]
    /// The decisions typed on a decision screen, one per line, until they are saved to the evaluation log.
    public var decisions: String

    /// Creates a screen with the usual defaults for its kind.
    public init(id: UUID = UUID(), kind: WorkshopScreenKind, notes: String = "", roundID: UUID? = nil,
                previousRoundID: UUID? = nil, isRevealed: Bool = false, allOnOneScreen: Bool = true, isShortRound: Bool = true, expectedCount: Int = 0,
                indicatorID: UUID? = nil, resultLevel: String? = nil, seconds: Int = 600,
                roomCounts: [Int] = [0, 0, 0, 0], roomNotes: [String] = ["", "", "", ""], decisions: String = "") {
        self.id = id
        self.kind = kind
        self.notes = notes
        self.roundID = roundID
        self.previousRoundID = previousRoundID
        self.isRevealed = isRevealed
        self.allOnOneScreen = allOnOneScreen
        self.isShortRound = isShortRound
        self.expectedCount = expectedCount
        self.indicatorID = indicatorID
        self.resultLevel = resultLevel
        self.seconds = seconds
        self.roomCounts = roomCounts
        self.roomNotes = roomNotes
        self.decisions = decisions
    }
}
