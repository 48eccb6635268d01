import FoundationEssentials
import SamskapCore

/// The phones' answer session of a round as the project file keeps it, so that it can be resumed after a crash.
public struct PhoneSessionRecord: Equatable, Sendable {
    /// The round the phones answer.
    public var roundID: UUID
    /// The secret in every URL of the session (hex, at least 128 bits).
    public var token: String
    /// The six-character code that leads to the token.
    public var shortCode: String
    /// The address the server listens on.
    public var bindAddress: String
    /// The port the server listens on.
    public var port: Int
    /// Whether the round asks for importance as well as experience.
    public var asksImportance: Bool
    /// Whether the coordinator has revealed the results.
    public var isRevealed: Bool

    /// Creates a record.
    public init(roundID: UUID, token: String, shortCode: String, bindAddress: String, port: Int, asksImportance: Bool,
                isRevealed: Bool = false) {
        self.roundID = roundID
        self.token = token
        self.shortCode = shortCode
        self.bindAddress = bindAddress
        self.port = port
        self.asksImportance = asksImportance
        self.isRevealed = isRevealed
    }
}

/// A phone that joined the session: its secret (in its URLs) and the respondent it answers as.
public struct PhoneParticipantRecord: Equatable, Sendable {
    /// The participant's own secret.
    public var secret: String
    /// The respondent the answers are recorded for.
    public var respondentID: UUID
    /// The pseudonym the server gave, empty for an offered respondent.
    public var pseudonym: String

    /// Creates a record.
    public init(secret: String, respondentID: UUID, pseudonym: String) {
        self.secret = secret
        self.respondentID = respondentID
        self.pseudonym = pseudonym
    }
}

extension ProjectFile {
    /// The session left running in the file (by a stop or a crash), if any.
    public func phoneSession() throws -> PhoneSessionRecord? {
        try writing { db in
            let s = try db.statement("SELECT round_id, token, short_code, bind_address, port, asks_importance, is_revealed FROM phone_session")
            defer { s.reset() }
            guard try s.step(), let round = s.uuid(0) else { return nil }
            return PhoneSessionRecord(roundID: round, token: s.text(1), shortCode: s.text(2), bindAddress: s.text(3),
                                      port: s.int(4), asksImportance: s.bool(5), isRevealed: s.bool(6))
        }
    }

    /// The phones that joined the session in the file.
    public func phoneParticipants() throws -> [PhoneParticipantRecord] {
        try writing { db in
            let s = try db.statement("SELECT secret, respondent_id, pseudonym FROM phone_participant")
            defer { s.reset() }
            var list: [PhoneParticipantRecord] = []
            while try s.step() {
                guard let id = s.uuid(1) else { continue }
                list.append(PhoneParticipantRecord(secret: s.text(0), respondentID: id, pseudonym: s.text(2)))
            }
            return list
        }
    }

    /// Starts a session: replaces any earlier one and forgets its participants (their answers stay).
    public func startPhoneSession(_ record: PhoneSessionRecord) throws {
        try writing { db in
            try db.transaction {
                try db.execute("DELETE FROM phone_participant; DELETE FROM phone_session")
                try db.statement("INSERT INTO phone_session (slot, round_id, token, short_code, bind_address, port, asks_importance, is_revealed) VALUES (1, ?, ?, ?, ?, ?, ?, ?)")
                    .run(.uuid(record.roundID), .text(record.token), .text(record.shortCode), .text(record.bindAddress),
                         .integer(record.port), .bool(record.asksImportance), .bool(record.isRevealed))
            }
        }
    }

    /// Records that the results were revealed (or hidden again).
    public func setPhoneSessionRevealed(_ revealed: Bool) throws {
        try writing { db in try db.statement("UPDATE phone_session SET is_revealed = ?").run(.bool(revealed)) }
    }

    /// Records a phone that joined, with the respondent it answers as when that is new, in one transaction.
    public func addPhoneParticipant(_ participant: PhoneParticipantRecord, newRespondent: Respondent?) throws {
        try writing { db in
            try db.transaction {
                if let newRespondent { try ProjectWriter(connection: db).apply(.upsertRespondent(newRespondent)) }
                try db.statement("INSERT INTO phone_participant (secret, respondent_id, pseudonym) VALUES (?, ?, ?)")
                    .run(.text(participant.secret), .uuid(participant.respondentID), .text(participant.pseudonym))
            }
        }
    }

    /// Ends the session: its token, code and participant secrets are gone, so no old URL works again.
    public func endPhoneSession() throws {
        try writing { db in try db.transaction { try db.execute("DELETE FROM phone_participant; DELETE FROM phone_session") } }
    }

    private func writing<T>(_ body: (SQLiteConnection) throws -> T) throws -> T {
        guard let db = connection else { throw ProjectFileError.closed(url) }
        do { return try body(db) } catch { throw Self.mapped(error, url: url, writing: true) }
    }
}
