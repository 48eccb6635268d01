import FoundationEssentials
import SamskapCore
import SamskapStore

/// A `RoundAnswerSink` over a project file: answers are written through `ProjectFile.apply`, in one transaction per
/// batch, durable (`synchronous=FULL`) before `record` returns. Holds the round's answers in memory for the count
/// and the results.
@MainActor
public final class StoreRoundSink: RoundAnswerSink {
    private let file: ProjectFile
    private let model: ModelContent
    private let threshold: Int
    private var roundRecord: AssessmentRound
    private let statementIDs: [String]
    private let asksImportance: Bool
    private var offers: [OfferedRespondent]
    private var answers: [Answer]
    private var answerIndex: [String: Int] = [:]
    private var answered: Set<UUID> = []
    private var nextPseudonym: Int
    /// Set by the coordinator (the `reveal` command, or R on the big screen).
    public private(set) var isRevealed: Bool

    /// Opens the round `roundID` of the file for phones. `offerRoundRespondents` offers the round's respondents that
    /// no phone has taken yet. Throws when the round is not in the file.
    public init(file: ProjectFile, roundID: UUID, asksImportance: Bool, offerRoundRespondents: Bool, isRevealed: Bool,
                takenRespondents: Set<UUID>, model: ModelContent) throws {
        let document = try file.load()
        guard let round = document.rounds.first(where: { $0.id == roundID }) else { throw PhoneSessionError.unknownRound }
        self.file = file
        self.model = model
        self.threshold = document.project.anonymityThreshold
        self.roundRecord = round
        self.statementIDs = model.allDimensions.flatMap { $0.statements.map(\.id) }
        self.asksImportance = asksImportance
        self.isRevealed = isRevealed
        let partnerNames = Dictionary(document.partners.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let roundRespondents = document.respondents.filter { $0.roundID == roundID }
        offers = offerRoundRespondents ? roundRespondents.filter { !takenRespondents.contains($0.id) }.map { r in
            OfferedRespondent(id: r.id, name: r.partnerID.flatMap { partnerNames[$0] } ?? (r.label.isEmpty ? "–" : r.label))
        } : []
        answers = document.answers.filter { $0.roundID == roundID }
        nextPseudonym = roundRespondents.count + 1
        for (k, a) in answers.enumerated() {
            answerIndex[Self.key(a.respondentID, a.statementID)] = k
            answered.insert(a.respondentID)
        }
    }

    public var round: PhoneRound {
        PhoneRound(id: roundRecord.id, label: roundRecord.label, statementIDs: statementIDs, asksImportance: asksImportance,
                   isOpen: !roundRecord.isClosed)
    }

    public var offeredRespondents: [OfferedRespondent] { offers }

    public var answeredCount: Int { answered.count }

    /// The round's answers as saved in the file (a window sharing the file takes them in from here).
    public var savedAnswers: [Answer] { answers }

    /// The respondents this session made for anonymous phones, each saved before it was added here.
    public private(set) var madeRespondents: [Respondent] = []

    public func results() -> RoundResults {
        RoundResults.compute(round: roundRecord.id, answers: answers, model: model, threshold: threshold)
    }

    /// The answer a phone's respondent has given to a statement, for showing it back on that phone only.
    public func answer(of respondentID: UUID, to statementID: String) -> Answer? {
        answerIndex[Self.key(respondentID, statementID)].map { answers[$0] }
    }

    public func join(secret: String, offered: UUID?) throws -> (respondentID: UUID, pseudonym: String) {
        if let offered {
            guard let k = offers.firstIndex(where: { $0.id == offered }) else { throw PhoneSessionError.offerTaken }
            try file.addPhoneParticipant(PhoneParticipantRecord(secret: secret, respondentID: offered, pseudonym: ""), newRespondent: nil)
            return (offered, offers.remove(at: k).name)
        }
        let pseudonym = PhonePageTexts.pseudonym(nextPseudonym)
        let respondent = Respondent(roundID: roundRecord.id, label: pseudonym)
        try file.addPhoneParticipant(PhoneParticipantRecord(secret: secret, respondentID: respondent.id, pseudonym: pseudonym),
                                     newRespondent: respondent)
        madeRespondents.append(respondent)
        nextPseudonym += 1
        return (respondent.id, pseudonym)
    }

    public func record(_ batch: [PhoneAnswer]) throws {
        var changed: [Answer] = []
        var positions: [String: Int] = [:]
        for phoneAnswer in batch {
            let key = Self.key(phoneAnswer.respondentID, phoneAnswer.statementID)
            var answer = positions[key].map { changed[$0] }
                ?? answerIndex[key].map { answers[$0] }
                ?? Answer(roundID: roundRecord.id, respondentID: phoneAnswer.respondentID, statementID: phoneAnswer.statementID)
            if let e = phoneAnswer.experience { answer.experience = e }
            if let i = phoneAnswer.importance { answer.importance = i }
            answer.dontKnow = false
            if let p = positions[key] { changed[p] = answer } else { positions[key] = changed.count; changed.append(answer) }
        }
        try file.apply(changed.map { .upsertAnswer($0) })
        // Only once the file has them: what the count and the results say is always what is saved.
        for answer in changed {
            let key = Self.key(answer.respondentID, answer.statementID)
            if let k = answerIndex[key] { answers[k] = answer } else { answerIndex[key] = answers.count; answers.append(answer) }
            answered.insert(answer.respondentID)
        }
    }

    /// Takes in answers to the round that another writer sharing the file has already saved (the coordinator's fast
    /// entry in the workshop window), so that the count and the results the phones see include them. Writes nothing.
    public func takeIn(_ saved: [Answer]) {
        for answer in saved where answer.roundID == roundRecord.id {
            let key = Self.key(answer.respondentID, answer.statementID)
            if let k = answerIndex[key] { answers[k] = answer } else { answerIndex[key] = answers.count; answers.append(answer) }
            answered.insert(answer.respondentID)
        }
    }

    /// Reveals the results (or hides them again); remembered in the file for a resumed session.
    public func setRevealed(_ revealed: Bool) throws {
        try file.setPhoneSessionRevealed(revealed)
        isRevealed = revealed
    }

    /// Closes the round in the file: it takes no more answers.
    public func closeRound() throws {
        var closed = roundRecord
        closed.isClosed = true
        try file.apply([.upsertRound(closed)])
        roundRecord = closed
    }

    private static func key(_ respondent: UUID, _ statement: String) -> String { respondent.uuidString + "|" + statement }
}

/// Why a session cannot start or a phone cannot join.
public enum PhoneSessionError: Error, Equatable {
    case unknownRound, offerTaken, full, addressNotOnThisMachine(String, available: [String]), cannotListen(String)
}
