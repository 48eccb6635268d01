import FoundationEssentials
import SamskapCore

/// One phones session of a round: its secrets, its participants and its limits, and the routing of every request.
///
/// Pure state and decisions; `PhoneServer` carries the requests to it from libsoup and writes the answers it
/// returns through the sink before it acknowledges them.
@MainActor
public final class PhoneSession {
    /// At most this many phones join one session.
    public static let maxParticipants = 200
    /// Wrong short codes one address may try in a session.
    public static let wrongCodesPerAddress = 5
    /// Wrong short codes in all before the code stops working (the QR code and the URL still do).
    public static let wrongCodesInAll = 50
    /// The largest body a request may carry.
    public static let maxBody = 16 * 1024

    struct Participant { let respondentID: UUID; let name: String }

    /// The secret in every URL.
    public let token: String
    /// The code that leads to the token.
    public let shortCode: String
    /// The address and port the server listens on; requests must name them in `Host`.
    public let host: String
    public let port: Int
    let sink: RoundAnswerSink
    let pages: PhonePages
    private var participants: [String: Participant] = [:]
    private var wrongCodes: [String: Int] = [:]
    private var wrongCodesTotal = 0
    private var limiter: RateLimiter
    private let clientPolicy: ClientAddressPolicy
    /// One line per join or refusal of a code, without personal data (no address, no name).
    public var log: (String) -> Void = { _ in }

    /// Creates a session; `participants` carries the phones of a resumed session on.
    public init(token: String, shortCode: String, host: String, port: Int, sink: RoundAnswerSink, pages: PhonePages,
                participants: [(secret: String, respondentID: UUID, name: String)], requestsPerMinute: Int,
                clientPolicy: ClientAddressPolicy) {
        self.token = token
        self.shortCode = shortCode
        self.host = host
        self.port = port
        self.sink = sink
        self.pages = pages
        self.limiter = RateLimiter(perMinute: requestsPerMinute)
        self.clientPolicy = clientPolicy
        for p in participants { self.participants[p.secret] = Participant(respondentID: p.respondentID, name: p.name) }
    }

    /// How many phones have joined.
    public var participantCount: Int { participants.count }

    /// The URL the QR code shows.
    public var joinURL: String { "http://\(authority)/s/\(token)/" }

    var authority: String { host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)" }

    /// Decides what to do with a request. Every refusal is a 4xx and changes nothing.
    func route(_ request: PhoneRequest, now: Double) -> RouteOutcome {
        do {
            return try checkedRoute(request, now: now)
        } catch {
            return .respond(error.response(request.language))
        }
    }

    private func checkedRoute(_ request: PhoneRequest, now: Double) throws(Refusal) -> RouteOutcome {
        guard limiter.allow(request.clientAddress, now: now) else { throw .tooMany }
        guard clientPolicy.allows(request.clientAddress) else { throw .forbidden }
        // DNS rebinding: a page of another site resolved to this address still names its own host.
        guard let hostHeader = request.header("host"), hostHeader.lowercased() == authority.lowercased() else { throw .forbidden }
        if let origin = request.header("origin"), origin.lowercased() != "http://\(authority)".lowercased() { throw .forbidden }
        if request.header("sec-fetch-site") == "cross-site" { throw .forbidden }
        guard request.body.count <= Self.maxBody else { throw .tooLarge }
        let language = request.language
        let parts = request.path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let isPost = request.method == "POST", isGet = request.method == "GET" || request.method == "HEAD"
        guard isPost || isGet else { throw .methodNotAllowed }

        if request.path == "/" {
            guard isGet else { throw .methodNotAllowed }
            return .respond(.html(pages.codePage(language, wrong: false)))
        }
        if request.path == "/code" {
            guard isPost else { throw .methodNotAllowed }
            return .respond(try code(request))
        }
        // /s/TOKEN/…
        guard parts.count >= 4, parts[0].isEmpty, parts[1] == "s", SessionSecrets.equal(parts[2], token) else { throw .notFound }
        let base = "/s/\(token)/"
        let rest = Array(parts[3...])
        switch (rest.count, rest.first ?? "") {
        case (1, ""):
            guard isGet else { throw .methodNotAllowed }
            return .respond(.html(pages.joinPage(language, base: base, offers: sink.offeredRespondents, round: sink.round)))
        case (1, "page.css"): return .respond(PhoneResponse(status: 200, contentType: "text/css", body: Array(PhonePageAssets.css.utf8), headers: [:]))
        case (1, "page.js"): return .respond(PhoneResponse(status: 200, contentType: "text/javascript", body: Array(PhonePageAssets.script.utf8), headers: [:]))
        case (1, "join"):
            guard isPost else { throw .methodNotAllowed }
            return .respond(try join(request, base: base))
        case (3, "p"):
            // A hash lookup: 128 random bits leave nothing to learn from its timing.
            guard let participant = participants[rest[1]] else { throw .notFound }
            return try participantRoute(request, base: base + "p/\(rest[1])/", participant: participant,
                                        action: rest[2], isPost: isPost)
        default: throw .notFound
        }
    }

    private func participantRoute(_ request: PhoneRequest, base: String, participant: Participant, action: String,
                                  isPost: Bool) throws(Refusal) -> RouteOutcome {
        let language = request.language
        let round = sink.round
        switch action {
        case "":
            guard !isPost else { throw .methodNotAllowed }
            guard round.isOpen else { return .respond(.redirect(base + "done")) }
            return .respond(.html(pages.answerPage(language, base: base, name: participant.name, round: round)))
        case "done":
            guard !isPost else { throw .methodNotAllowed }
            return .respond(.html(pages.waitingPage(language, base: base, round: round,
                                                    results: sink.isRevealed ? sink.results() : nil)))
        case "state":
            guard !isPost else { throw .methodNotAllowed }
            return .respond(.json("{\"revealed\":\(sink.isRevealed),\"open\":\(round.isOpen)}"))
        case "answer":
            guard isPost else { throw .methodNotAllowed }
            guard round.isOpen else { throw .closed }
            let answers = try AnswerDecoding.decode(request.body, contentType: request.header("content-type"), round: round,
                                                    respondent: participant.respondentID)
            let isForm = request.header("content-type")?.hasPrefix("application/x-www-form-urlencoded") ?? false
            return .record(answers, then: isForm ? .redirect(base + "done") : .json("{\"saved\":\(answers.count)}"))
        default: throw .notFound
        }
    }

    private func code(_ request: PhoneRequest) throws(Refusal) -> PhoneResponse {
        let address = request.clientAddress
        guard wrongCodesTotal < Self.wrongCodesInAll, wrongCodes[address, default: 0] < Self.wrongCodesPerAddress else {
            throw .tooMany
        }
        let typed = try FormFields.parse(request.body).first { $0.0 == "code" }?.1
        guard let typed else { throw .badRequest("Type the code.") }
        guard SessionSecrets.equal(SessionSecrets.normalisedCode(typed), shortCode) else {
            wrongCodes[address, default: 0] += 1
            wrongCodesTotal += 1
            log("code: wrong try \(wrongCodesTotal) of \(Self.wrongCodesInAll)")
            throw .wrongCode
        }
        return .redirect("/s/\(token)/")
    }

    private func join(_ request: PhoneRequest, base: String) throws(Refusal) -> PhoneResponse {
        guard participants.count < Self.maxParticipants else { throw .full }
        let choice = try FormFields.parse(request.body).first { $0.0 == "as" }?.1
        guard let choice else { throw .badRequest("Choose how to answer.") }
        var offered: UUID?
        if choice != "anonymous" {
            guard let id = UUID(uuidString: choice) else { throw .badRequest("Choose how to answer.") }
            guard sink.offeredRespondents.contains(where: { $0.id == id }) else { throw .taken }
            offered = id
        }
        let secret = SessionSecrets.token()
        let joined: (respondentID: UUID, pseudonym: String)
        do { joined = try sink.join(secret: secret, offered: offered) } catch { throw .taken }
        participants[secret] = Participant(respondentID: joined.respondentID, name: joined.pseudonym)
        log("join: participant \(participants.count) (\(offered == nil ? "anonymous" : "offered role"))")
        return .redirect(base + "p/\(secret)/")
    }
}
