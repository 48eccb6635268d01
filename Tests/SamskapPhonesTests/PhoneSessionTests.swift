import Foundation
import XCTest
import SamskapCore
@testable import SamskapPhones
import SamskapStore
import TestSupport

/// The session's decisions over a real project file: what is written, what is refused, what a phone may see.
final class PhoneSessionTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("phones-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    @MainActor
    private static func makeSession(_ folder: URL, respondents: Int, threshold: Int = 3) throws -> (PhoneSession, StoreRoundSink, ProjectFile) {
        let model = Fixtures.model()
        let file = try ProjectFile.create(at: folder.appendingPathComponent("p.samskap"),
                                          document: Fixtures.documentWithRound(respondents: respondents, model: model, threshold: threshold))
        let sink = try StoreRoundSink(file: file, roundID: Fixtures.id(70), asksImportance: true, offerRoundRespondents: false,
                                      isRevealed: false, takenRespondents: [], model: model)
        try file.startPhoneSession(PhoneSessionRecord(roundID: Fixtures.id(70), token: "t0k3n", shortCode: "ACE347",
                                                      bindAddress: "127.0.0.1", port: 8765, asksImportance: true))
        let loopback = NetworkInterface.all().first { $0.isLoopback && $0.address == "127.0.0.1" }!
        let session = PhoneSession(token: "t0k3n", shortCode: "ACE347", host: "127.0.0.1", port: 8765, sink: sink,
                                   pages: PhonePages(models: [.nb: model, .en: Fixtures.model(.en)]), participants: [],
                                   requestsPerMinute: 1000, clientPolicy: ClientAddressPolicy(interface: loopback))
        return (session, sink, file)
    }

    private static func request(_ method: String, _ path: String, _ body: String = "", type: String = "application/x-www-form-urlencoded") -> PhoneRequest {
        PhoneRequest(method: method, path: path, headers: ["Host": "127.0.0.1:8765", "Content-Type": type], body: Array(body.utf8),
                     clientAddress: "127.0.0.1")
    }

    @MainActor
    private static func respond(_ session: PhoneSession, _ request: PhoneRequest) -> PhoneResponse {
        switch session.route(request, now: 0) {
        case let .respond(response): return response
        case let .record(answers, response):
            try! session.sink.record(answers)
            return response
        }
    }

    func testNoFigureLeavesBeforeTheRevealAndOnlyAggregatesAfter() throws {
        let folder: URL = folder
        try MainActor.assumeIsolated {
            let (session, sink, file) = try Self.makeSession(folder, respondents: 4)
            defer { file.close() }
            let joined = Self.respond(session, Self.request("POST", "/s/t0k3n/join", "as=anonymous"))
            let base = try XCTUnwrap(joined.headers["Location"])
            let statement = Fixtures.model().allDimensions[0].statements[0].id
            XCTAssertEqual(Self.respond(session, Self.request("POST", base + "answer", "{\"statement\":\"\(statement)\",\"experience\":5}", type: "application/json")).status, 200)
            let waiting = String(decoding: Self.respond(session, Self.request("GET", base + "done")).body, as: UTF8.self)
            XCTAssertFalse(waiting.contains("results"), "figures before the reveal")
            XCTAssertFalse(waiting.contains(",0") || waiting.contains(",2"), "a mean before the reveal")
            XCTAssertTrue(waiting.contains("Takk – venter på resultatene"))
            let state = String(decoding: Self.respond(session, Self.request("GET", base + "state")).body, as: UTF8.self)
            XCTAssertEqual(state, "{\"revealed\":false,\"open\":true}")

            try sink.setRevealed(true)
            let results = String(decoding: Self.respond(session, Self.request("GET", base + "done")).body, as: UTF8.self)
            XCTAssertTrue(results.contains("id=\"results\""))
            // Five respondents: means shown, never a respondent's own figures or labels.
            XCTAssertTrue(results.contains("(5 svar)"), results)
            XCTAssertFalse(results.contains("Deltaker"))
        }
    }

    func testResultsBelowTheThresholdAreHidden() throws {
        let folder: URL = folder
        try MainActor.assumeIsolated {
            let (session, sink, file) = try Self.makeSession(folder, respondents: 1, threshold: 3)
            defer { file.close() }
            let base = try XCTUnwrap(Self.respond(session, Self.request("POST", "/s/t0k3n/join", "as=anonymous")).headers["Location"])
            try sink.setRevealed(true)
            let results = String(decoding: Self.respond(session, Self.request("GET", base + "done")).body, as: UTF8.self)
            XCTAssertTrue(results.contains("For få svar til å vises"))
            XCTAssertFalse(results.contains("class=\"bar\""), "a figure below the threshold")
        }
    }

    func testAnswersAreInTheFileAndMergeUntilTheRoundCloses() throws {
        let folder: URL = folder
        try MainActor.assumeIsolated {
            let (session, sink, file) = try Self.makeSession(folder, respondents: 0)
            let base = try XCTUnwrap(Self.respond(session, Self.request("POST", "/s/t0k3n/join", "as=anonymous")).headers["Location"])
            let statement = Fixtures.model().allDimensions[1].statements[0].id
            XCTAssertEqual(Self.respond(session, Self.request("POST", base + "answer", "e.\(statement)=2")).status, 303)
            XCTAssertEqual(Self.respond(session, Self.request("POST", base + "answer", "i.\(statement)=4")).status, 303)
            XCTAssertEqual(sink.answeredCount, 1)
            try sink.closeRound()
            XCTAssertEqual(Self.respond(session, Self.request("POST", base + "answer", "e.\(statement)=5")).status, 409)
            file.close()
            let reopened = try ProjectFile.open(at: folder.appendingPathComponent("p.samskap"))
            defer { reopened.close() }
            let answers = try reopened.load().answers.filter { $0.statementID == statement }
            XCTAssertEqual(answers.map { [$0.experience, $0.importance] }, [[2, 4]])
            // What a window sharing the file takes in from the sink is exactly what the file holds.
            XCTAssertEqual(sink.savedAnswers.filter { $0.statementID == statement }, answers)
            let saved = try reopened.load()
            XCTAssertEqual(sink.madeRespondents, saved.respondents.filter { r in sink.madeRespondents.contains { $0.id == r.id } })
            XCTAssertEqual(sink.madeRespondents.count, 1)
            XCTAssertEqual(try reopened.phoneParticipants().count, 1)
            XCTAssertEqual(try reopened.phoneSession()?.shortCode, "ACE347")
            try reopened.endPhoneSession()
            XCTAssertNil(try reopened.phoneSession())
            XCTAssertEqual(try reopened.phoneParticipants().count, 0)
        }
    }

    /// Answers the coordinator typed in the window (already saved by it) count for the phones too, and nothing is written.
    func testAnswersSavedByTheWindowJoinTheCountWithoutAWrite() throws {
        let folder: URL = folder
        try MainActor.assumeIsolated {
            let (_, sink, file) = try Self.makeSession(folder, respondents: 0)
            defer { file.close() }
            let statement = Fixtures.model().allDimensions[0].statements[0].id
            let typed = Answer(roundID: Fixtures.id(70), respondentID: UUID(), statementID: statement, experience: 4, importance: 5)
            let before = try file.load()
            sink.takeIn([typed, Answer(roundID: UUID(), respondentID: UUID(), statementID: statement, experience: 1)])
            XCTAssertEqual(sink.answeredCount, 1, "only the round's answer")
            XCTAssertEqual(sink.savedAnswers, [typed])
            XCTAssertEqual(try file.load(), before, "nothing written")
        }
    }

    func testAtMostTwoHundredPhonesJoin() throws {
        let folder: URL = folder
        try MainActor.assumeIsolated {
            let (session, _, file) = try Self.makeSession(folder, respondents: 0)
            defer { file.close() }
            for _ in 0..<PhoneSession.maxParticipants {
                XCTAssertEqual(Self.respond(session, Self.request("POST", "/s/t0k3n/join", "as=anonymous")).status, 303)
            }
            XCTAssertEqual(Self.respond(session, Self.request("POST", "/s/t0k3n/join", "as=anonymous")).status, 409)
            XCTAssertEqual(session.participantCount, 200)
        }
    }

    func testTheLoopbackLetsInOnlyItself() {
        let loopback = NetworkInterface(name: "lo", address: "127.0.0.1", mask: 0xFF00_0000, isLoopback: true)
        let wifi = NetworkInterface(name: "wlan0", address: "192.168.1.20", mask: 0xFFFF_FF00, isLoopback: false)
        XCTAssertTrue(ClientAddressPolicy(interface: loopback).allows("127.0.0.1"))
        XCTAssertFalse(ClientAddressPolicy(interface: loopback).allows("127.0.0.2"))
        XCTAssertTrue(ClientAddressPolicy(interface: wifi).allows("192.168.1.77"))
        XCTAssertTrue(ClientAddressPolicy(interface: wifi).allows("::ffff:192.168.1.77"))
        XCTAssertFalse(ClientAddressPolicy(interface: wifi).allows("192.168.2.77"))
        XCTAssertFalse(ClientAddressPolicy(interface: wifi).allows("fe80::1"))
    }

    func testQRCodeHasAQuietZoneAndScalesToWholePixels() throws {
        let code = try XCTUnwrap(QRCode("http://192.168.1.20:8765/s/0123456789abcdef0123456789abcdef/"))
        XCTAssertGreaterThanOrEqual(code.width, 25)
        XCTAssertEqual(code.modules.count, code.width * code.width)
        // The finder pattern's corner is dark, the module beside the finder's ring is light.
        XCTAssertTrue(code.modules[0])
        XCTAssertFalse(code.modules[7])
        let png = folder.appendingPathComponent("qr.png").path
        XCTAssertTrue(code.writePNG(to: png, pixels: 1000))
        XCTAssertGreaterThan(try FileManager.default.attributesOfItem(atPath: png)[.size] as? Int ?? 0, 1000)
    }
}
