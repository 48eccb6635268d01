import FoundationEssentials

/// A round in which partners rate the collaboration on the model's statements.
public struct AssessmentRound: Codable, Equatable, Hashable, Sendable, Identifiable {
    /// Stable id.
    public var id: UUID
    /// When the round was held.
    public var date: Day
    /// A label, e.g. "Oppstart" or "Høst 2025".
    public var label: String
    /// A closed round takes no more answers.
    public var isClosed: Bool

    /// Creates a round.
    public init(id: UUID = UUID(), date: Day, label: String, isClosed: Bool = false) {
        self.id = id
        self.date = date
        self.label = label
        self.isClosed = isClosed
    }
}

/// Someone who answers in a round: a partner, or an anonymous label.
public struct Respondent: Codable, Equatable, Hashable, Sendable, Identifiable {
    /// Stable id.
    public var id: UUID
    /// The round.
    public var roundID: UUID
    /// The partner answering, if not anonymous.
    public var partnerID: UUID?
    /// The label shown (e.g. "Deltaker 3"); for a partner, usually empty.
    public var label: String

    /// Creates a respondent.
    public init(id: UUID = UUID(), roundID: UUID, partnerID: UUID? = nil, label: String = "") {
        self.id = id
        self.roundID = roundID
        self.partnerID = partnerID
        self.label = label
    }
}

/// One respondent's answer to one statement of the model.
public struct Answer: Codable, Equatable, Hashable, Sendable, Identifiable {
    /// Stable id.
    public var id: UUID
    /// The round.
    public var roundID: UUID
    /// Who answered.
    public var respondentID: UUID
    /// The statement's stable id from the model content.
    public var statementID: String
    /// How it is experienced, 1–5; nil with `dontKnow`.
    public var experience: Int?
    /// How important it is, 1–5; nil with `dontKnow`.
    public var importance: Int?
    /// The respondent does not know.
    public var dontKnow: Bool
    /// A comment.
    public var comment: String

    /// Creates an answer.
    public init(id: UUID = UUID(), roundID: UUID, respondentID: UUID, statementID: String, experience: Int? = nil,
                importance: Int? = nil, dontKnow: Bool = false, comment: String = "") {
        self.id = id
        self.roundID = roundID
        self.respondentID = respondentID
        self.statementID = statementID
        self.experience = experience
        self.importance = importance
        self.dontKnow = dontKnow
        self.comment = comment
    }
}
