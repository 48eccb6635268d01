import FoundationEssentials
import SamskapCore

/// What the phones may answer: the open round's statements and whether it asks for importance too.
public struct PhoneRound: Equatable, Sendable {
    /// The round.
    public var id: UUID
    /// Its label, shown on the phones.
    public var label: String
    /// The statements to answer, in the order the phones show them.
    public var statementIDs: [String]
    /// Whether the round asks for importance as well as experience.
    public var asksImportance: Bool
    /// A closed round takes no more answers.
    public var isOpen: Bool

    /// Creates a round description.
    public init(id: UUID, label: String, statementIDs: [String], asksImportance: Bool, isOpen: Bool) {
        self.id = id
        self.label = label
        self.statementIDs = statementIDs
        self.asksImportance = asksImportance
        self.isOpen = isOpen
    }
}

/// A respondent the coordinator offers the phones to answer as (a partner, or a labelled seat).
public struct OfferedRespondent: Equatable, Sendable {
    /// The respondent record.
    public var id: UUID
    /// The name the phones show.
    public var name: String

    /// Creates an offer.
    public init(id: UUID, name: String) {
        self.id = id
        self.name = name
    }
}

/// One answer from a phone, already checked against the round: a statement and its values on the 1–5 scale.
public struct PhoneAnswer: Equatable, Sendable {
    /// Who answers.
    public var respondentID: UUID
    /// The statement.
    public var statementID: String
    /// Experience, 1–5, nil to keep what was there.
    public var experience: Int?
    /// Importance, 1–5, nil to keep what was there.
    public var importance: Int?

    /// Creates an answer.
    public init(respondentID: UUID, statementID: String, experience: Int?, importance: Int?) {
        self.respondentID = respondentID
        self.statementID = statementID
        self.experience = experience
        self.importance = importance
    }
}

/// The round the phones answer, as the workshop (or the `phones` command) holds it.
///
/// The phone server calls it on the main context only. `record` must make the answers durable before it
/// returns: the phone is told "saved" only after it has. The workshop's round session implements this (or
/// wraps `StoreRoundSink`, which does it over a `ProjectFile`).
@MainActor
public protocol RoundAnswerSink: AnyObject {
    /// The round the phones answer now.
    var round: PhoneRound { get }
    /// Respondents the coordinator offers, not yet taken by a phone.
    var offeredRespondents: [OfferedRespondent] { get }
    /// Respondents who have answered at least one statement (the figure the big screen shows before reveal).
    var answeredCount: Int { get }
    /// Whether the coordinator has revealed the results.
    var isRevealed: Bool { get }
    /// The round's results with the project's anonymity threshold applied; only asked for after reveal.
    func results() -> RoundResults
    /// Makes a respondent for an anonymous phone and records which phone it is; durable on return.
    func join(secret: String, offered: UUID?) throws -> (respondentID: UUID, pseudonym: String)
    /// Saves the answers, all or none; durable on return.
    func record(_ answers: [PhoneAnswer]) throws
}
