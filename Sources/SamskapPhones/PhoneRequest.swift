import SamskapCore

/// An HTTP request as the session sees it: what libsoup read, nothing of libsoup.
public struct PhoneRequest: Sendable {
    public var method: String
    public var path: String
    public var headers: [String: String]
    public var body: [UInt8]
    public var clientAddress: String

    /// Creates a request; header names are matched without regard to case.
    public init(method: String, path: String, headers: [String: String], body: [UInt8], clientAddress: String) {
        self.method = method
        self.path = path
        self.headers = Dictionary(headers.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { a, _ in a })
        self.body = body
        self.clientAddress = clientAddress
    }

    func header(_ name: String) -> String? { headers[name.lowercased()] }

    var language: PhoneLanguage { PhoneLanguage.from(acceptLanguage: header("accept-language")) }
}

/// An HTTP response to send.
public struct PhoneResponse: Sendable, Equatable {
    public var status: Int
    public var contentType: String
    public var body: [UInt8]
    public var headers: [String: String]

    static func text(_ status: Int, _ message: String) -> PhoneResponse {
        PhoneResponse(status: status, contentType: "text/plain; charset=utf-8", body: Array((message + "\n").utf8), headers: [:])
    }

    static func html(_ page: String) -> PhoneResponse {
        PhoneResponse(status: 200, contentType: "text/html; charset=utf-8", body: Array(page.utf8), headers: [:])
    }

    static func redirect(_ location: String) -> PhoneResponse {
        PhoneResponse(status: 303, contentType: "text/plain; charset=utf-8", body: [], headers: ["Location": location])
    }

    static func json(_ text: String) -> PhoneResponse {
        PhoneResponse(status: 200, contentType: "application/json", body: Array(text.utf8), headers: [:])
    }
}

/// Why a request is refused: each a 4xx with a short plain message, and nothing changed.
enum Refusal: Error, Equatable {
    case notFound, forbidden, badRequest(String), tooMany, closed, full, taken, wrongCode
    case methodNotAllowed, tooLarge, unsupportedType

    var status: Int {
        switch self {
        case .notFound: 404
        case .forbidden, .wrongCode: 403
        case .badRequest: 400
        case .tooMany: 429
        case .closed, .full, .taken: 409
        case .methodNotAllowed: 405
        case .tooLarge: 413
        case .unsupportedType: 415
        }
    }

    func response(_ language: PhoneLanguage) -> PhoneResponse {
        switch self {
        case .methodNotAllowed: .text(405, "Method not allowed: answers are sent with POST.")
        case .tooLarge: .text(413, "The request is too large (at most 16 KB).")
        case .unsupportedType: .text(415, "Send a form or JSON.")
        default: .text(status, PhonePageTexts.refusal(self, language))
        }
    }
}

/// What the session decided: answer now, or save answers first and answer once they are durable.
enum RouteOutcome {
    case respond(PhoneResponse)
    case record([PhoneAnswer], then: PhoneResponse)
}
