import FoundationEssentials
import SamskapCore
import SamskapStore

/// Starts a phones session on a project file, or resumes the one a crash left in it, and ends it.
///
/// The workshop's presenter view calls this for "La telefonene svare" (with its own sink, or `StoreRoundSink`);
/// the `phones` command calls it for scripts and tests. Everything runs on the main GLib context.
@MainActor
public final class PhoneSessionLauncher {
    /// The running server.
    public let server: PhoneServer
    /// The sink over the file.
    public let sink: StoreRoundSink
    /// Whether this start carried on a session found in the file.
    public let isResumed: Bool
    private let file: ProjectFile

    /// What the coordinator chose.
    public struct Options {
        public var roundID: UUID?
        public var bindAddress: String?
        public var port: Int?
        public var asksImportance = true
        public var offerRoundRespondents = false
        public var requestsPerMinute = 240
        public init() {}
    }

    /// Starts (or resumes) the session. A session in the file for the same round (or any, when no round is given)
    /// is resumed with its token, code, address and port, so that the phones carry on.
    public init(file: ProjectFile, options: Options, models: [Language: ModelContent], log: @escaping (String) -> Void) throws {
        self.file = file
        try file.apply([])  // the file's first write runs its integrity check: before any phone is told "saved"
        let saved = try file.phoneSession()
        let resume = saved.flatMap { s in options.roundID == nil || options.roundID == s.roundID ? s : nil }
        guard let roundID = resume?.roundID ?? options.roundID else { throw PhoneSessionError.unknownRound }
        let host = resume?.bindAddress ?? options.bindAddress ?? "127.0.0.1"
        let interfaces = NetworkInterface.all()
        guard let interface = interfaces.first(where: { $0.address == host }) else {
            throw PhoneSessionError.addressNotOnThisMachine(host, available: interfaces.map(\.address))
        }
        let participants = resume == nil ? [] : try file.phoneParticipants()
        let sink = try StoreRoundSink(file: file, roundID: roundID, asksImportance: resume?.asksImportance ?? options.asksImportance,
                                      offerRoundRespondents: options.offerRoundRespondents, isRevealed: resume?.isRevealed ?? false,
                                      takenRespondents: Set(participants.map(\.respondentID)), model: models[.nb] ?? models.values.first!)
        let token = resume?.token ?? SessionSecrets.token()
        let code = resume?.shortCode ?? SessionSecrets.shortCode()
        let names = try file.load().respondents
        let pages = PhonePages(models: models)
        let server = try PhoneServer.listen(host: host, port: resume?.port ?? options.port ?? 0) { port in
            let session = PhoneSession(
                token: token, shortCode: code, host: host, port: port, sink: sink, pages: pages,
                participants: participants.map { p in
                    (p.secret, p.respondentID, p.pseudonym.isEmpty ? (names.first { $0.id == p.respondentID }?.label ?? "") : p.pseudonym)
                },
                requestsPerMinute: options.requestsPerMinute, clientPolicy: ClientAddressPolicy(interface: interface))
            session.log = log
            return session
        }
        if resume == nil {
            do {
                try file.startPhoneSession(PhoneSessionRecord(roundID: roundID, token: token, shortCode: code, bindAddress: host,
                                                              port: server.session.port, asksImportance: options.asksImportance))
            } catch {
                server.stop()
                throw error
            }
        }
        self.server = server
        self.sink = sink
        self.isResumed = resume != nil
    }

    /// Reveals the results to the big screen and, from now on, to the phones.
    public func reveal() throws { try sink.setRevealed(true) }

    /// Closes the round: no more answers; the phones show the waiting page.
    public func closeRound() throws {
        server.flushNow()
        try sink.closeRound()
    }

    /// Ends the session: the server stops listening and the token, code and phone links stop working for good.
    public func end() throws {
        server.stop()
        try file.endPhoneSession()
    }
}
