import FoundationEssentials

/// Why the project believes one step of its results chain leads to the next.
public enum Evidence: String, Term, Comparable {
    /// Nobody has shown it yet: an assumption to test.
    case assumption
    /// The partners have seen it happen before.
    case experience
    /// Research supports it.
    case research

    public var term: LocalizedText { PlanTexts.evidence(self) }

    private var rank: Int { self == .assumption ? 0 : self == .experience ? 1 : 2 }
    public static func < (lhs: Evidence, rhs: Evidence) -> Bool { lhs.rank < rhs.rank }
}

/// One link of the theory of change: an activity leads to an output, an output to an outcome, and so on up to
/// societal value. `from` is an activity's or an indicator's id, `to` an indicator's id.
public struct ResultLink: Codable, Equatable, Hashable, Sendable, Identifiable {
    /// Stable id.
    public var id: UUID
    /// The activity or indicator the change starts from.
    public var from: UUID
    /// The indicator of the result it leads to.
    public var to: UUID
    /// Why we believe it.
    public var evidence: Evidence
    /// A short note or a reference.
    public var note: String
    /// When the link was made or its grounds last changed, so an assumption that stays untested can be seen.
    public var since: Day?

    /// Creates a link.
    public init(id: UUID = UUID(), from: UUID, to: UUID, evidence: Evidence = .assumption, note: String = "",
                since: Day? = nil) {
        self.id = id
        self.from = from
        self.to = to
        self.evidence = evidence
        self.note = note
        self.since = since
    }
}
