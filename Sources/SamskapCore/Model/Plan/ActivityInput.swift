import FoundationEssentials

/// The kind of resource put into an activity.
public enum InputKind: String, Term {
    case hours, money, rooms, other

    public var term: LocalizedText { PlanTexts.inputKind(self) }
}

/// One resource a partner puts into an activity: hours, kroner, rooms or something else.
public struct ActivityInput: Codable, Equatable, Hashable, Sendable, Identifiable {
    /// Stable id.
    public var id: UUID
    /// What kind of resource.
    public var kind: InputKind
    /// How much (hours, NOK, rooms); nil where it is not counted.
    public var amount: Double?
    /// What exactly, e.g. "Møterom på biblioteket".
    public var note: String
    /// The partner who puts it in, if known.
    public var partnerID: UUID?

    /// Creates an input.
    public init(id: UUID = UUID(), kind: InputKind, amount: Double? = nil, note: String = "", partnerID: UUID? = nil) {
        self.id = id
        self.kind = kind
        self.amount = amount
        self.note = note
        self.partnerID = partnerID
    }
}

/// How far citizens hold a role in one activity.
public enum RoleDegree: String, Term, Comparable {
    case not, partly, fully

    public var term: LocalizedText { PlanTexts.roleDegree(self) }

    private var rank: Int { self == .not ? 0 : self == .partly ? 1 : 2 }
    public static func < (lhs: RoleDegree, rhs: RoleDegree) -> Bool { lhs.rank < rhs.rank }
}
