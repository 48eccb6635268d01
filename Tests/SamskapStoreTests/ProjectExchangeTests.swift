import Foundation
import XCTest
@testable import SamskapStore
import TestSupport

/// The JSON exchange format: its envelope, determinism, round trip, and the rejection of bad files by place.
final class ProjectExchangeTests: StoreTestCase {
    private func json(_ document: ProjectDocument = StoreSamples.full()) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: ProjectExchange.encode(document)) as? [String: Any])
    }

    /// Encodes the sample, lets the test change the tree, and decodes the result.
    private func decodeEdited(_ edit: (inout [String: Any]) -> Void) throws -> ProjectDocument {
        var root = try json()
        edit(&root)
        return try ProjectExchange.decode(JSONSerialization.data(withJSONObject: root))
    }

    private func assertRejected(_ expectedEnglish: String, file: StaticString = #filePath, line: UInt = #line,
                                _ edit: (inout [String: Any]) -> Void) {
        XCTAssertThrowsError(try decodeEdited(edit), file: file, line: line) { error in
            guard let error = error as? ExchangeError else { return XCTFail("\(error)", file: file, line: line) }
            XCTAssertEqual(error.detail(.en), expectedEnglish, file: file, line: line)
            XCTAssertTrue(error.message(.nb).contains("Ingenting er lagret"), file: file, line: line)
        }
    }

    private func setInDocument(_ root: inout [String: Any], _ list: String, _ index: Int, _ key: String, _ value: Any?) {
        var document = root["document"] as! [String: Any]
        var items = document[list] as! [[String: Any]]
        items[index][key] = value
        document[list] = items
        root["document"] = document
    }

    func testEnvelopeAndEncoding() throws {
        let root = try json()
        XCTAssertEqual(root["format"] as? String, "samskap-project")
        XCTAssertEqual(root["formatVersion"] as? Int, 1)
        let document = try XCTUnwrap(root["document"] as? [String: Any])
        let step = try XCTUnwrap((document["impactSteps"] as? [[String: Any]])?.first)
        XCTAssertEqual(step["kind"] as? Int, 1)
        let measurement = try XCTUnwrap((document["measurements"] as? [[String: Any]])?.first)
        XCTAssertEqual(measurement["date"] as? String, "2025-03-31")
        XCTAssertEqual(measurement["id"] as? String, StoreSamples.id(30).uuidString)
        let partner = try XCTUnwrap((document["partners"] as? [[String: Any]])?[1])
        XCTAssertEqual(partner["sector"] as? String, "civilSociety")
        XCTAssertEqual(partner["citizenRoles"] as? [String], ["coInitiator", "coDesigner"])
        let text = String(decoding: try ProjectExchange.encode(StoreSamples.full()), as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("{\n  \"document\" : {"), "pretty with sorted keys")
    }

    func testRoundTripIsByteIdentical() throws {
        let first = try ProjectExchange.encode(StoreSamples.full())
        let decoded = try ProjectExchange.decode(first)
        XCTAssertEqual(decoded, StoreSamples.full())
        XCTAssertEqual(try ProjectExchange.encode(decoded), first)
    }

    func testReadsAFileSavedAsUTF16() throws {
        let text = String(decoding: try ProjectExchange.encode(StoreSamples.full()), as: UTF8.self)
        let utf16 = try XCTUnwrap(text.data(using: .utf16))
        XCTAssertEqual(try ProjectExchange.decode(utf16), StoreSamples.full())
    }

    func testRoundTripThroughTheProjectFile() throws {
        let large = LargeProject.make(model: Fixtures.model(), partners: 20, indicators: 50, measurements: 2_000, rounds: 2,
                                      respondentsPerRound: 5)
        let exported = try ProjectExchange.encode(large)
        let file = try ProjectFile.create(at: path("p.samskap"), document: try ProjectExchange.decode(exported))
        defer { file.close() }
        XCTAssertEqual(try ProjectExchange.encode(try file.load()), exported)
    }

    func testDemoProjectsImportWhenPresent() throws {
        let demo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("data/demo")
        let names = ["housing.json", "incubator.json", "housing.nn.json", "incubator.nn.json"].filter { FileManager.default.fileExists(atPath: demo.appendingPathComponent($0).path) }
        guard !names.isEmpty else { throw XCTSkip("no demo projects yet") }
        for name in names {
            let document = try ProjectExchange.decode(Data(contentsOf: demo.appendingPathComponent(name)))
            XCTAssertFalse(document.project.name.isEmpty)
            XCTAssertEqual(try ProjectExchange.decode(ProjectExchange.encode(document)), document, name)
        }
    }

    func testNotJSON() {
        XCTAssertThrowsError(try ProjectExchange.decode(Data("{ not json".utf8))) { error in
            guard case .notJSON? = (error as? ExchangeError)?.problem else { return XCTFail("\(error)") }
            XCTAssertEqual((error as? ExchangeError)?.detail(.en), "the file is not valid JSON (unexpected “n” at line 1, column 3)")
            XCTAssertEqual((error as? ExchangeError)?.detail(.nb), "filen er ikke gyldig JSON (uventet «n» på linje 1, kolonne 3)")
        }
        XCTAssertThrowsError(try ProjectExchange.decode(Data("[1, 2]".utf8))) { error in
            XCTAssertEqual((error as? ExchangeError)?.detail(.en), "should be a JSON object")
        }
    }

    func testFormatAndVersionOfAnyKind() {
        assertRejected("format: “null” is not a Samskap project (expected “samskap-project”)") { $0["format"] = NSNull() }
        assertRejected("format: “7” is not a Samskap project (expected “samskap-project”)") { $0["format"] = 7 }
        assertRejected("formatVersion: should be a number") { $0["formatVersion"] = "1" }
        assertRejected("formatVersion: made by a newer Samskap (format version 2); update Samskap to import it") { $0["formatVersion"] = 2.5 }
        assertRejected("formatVersion: unknown value \"0\"") { $0["formatVersion"] = 0.5 }
        XCTAssertNoThrow(try decodeEdited { $0["formatVersion"] = 1.0 })
    }

    func testWrongFormatAndNewerVersion() {
        assertRejected("format: “samskap-mal” is not a Samskap project (expected “samskap-project”)") { $0["format"] = "samskap-mal" }
        assertRejected("formatVersion: made by a newer Samskap (format version 2); update Samskap to import it") { $0["formatVersion"] = 2 }
        assertRejected("formatVersion: missing") { $0["formatVersion"] = nil }
    }

    func testUnknownValueIsNamedByPlace() {
        assertRejected("partners[2].sector: unknown value \"kommune2\"") { self.setInDocument(&$0, "partners", 2, "sector", "kommune2") }
        assertRejected("impactSteps[3].kind: 11 is outside the allowed range, from 1 to 10") { self.setInDocument(&$0, "impactSteps", 3, "kind", 11) }
    }

    func testMissingWrongTypeBadDateBadID() {
        assertRejected("measurements[1].indicatorID: missing") { self.setInDocument(&$0, "measurements", 1, "indicatorID", nil) }
        assertRejected("goals[0].position: should be a number") { self.setInDocument(&$0, "goals", 0, "position", "først") }
        assertRejected("rounds[1].date: \"31.02.2025\" is not a date (YYYY-MM-DD)") { self.setInDocument(&$0, "rounds", 1, "date", "31.02.2025") }
        assertRejected("answers[0].id: \"abc\" is not an id (UUID)") { self.setInDocument(&$0, "answers", 0, "id", "abc") }
    }

    func testDanglingReferences() {
        let ghost = StoreSamples.id(4242)
        assertRejected("subGoals[1].partnerID: refers to the partner \(ghost.uuidString), which is not in the file") {
            self.setInDocument(&$0, "subGoals", 1, "partnerID", ghost.uuidString)
        }
        assertRejected("measurements[2].indicatorID: refers to the indicator \(ghost.uuidString), which is not in the file") {
            self.setInDocument(&$0, "measurements", 2, "indicatorID", ghost.uuidString)
        }
        assertRejected("answers[1].roundID: refers to the round \(ghost.uuidString), which is not in the file") {
            self.setInDocument(&$0, "answers", 1, "roundID", ghost.uuidString)
        }
    }

    func testDuplicateIDs() {
        let first = StoreSamples.id(30).uuidString
        assertRejected("measurements[2].id: the id \(first) is used already, at measurements[0]") {
            self.setInDocument(&$0, "measurements", 2, "id", first)
        }
    }

    func testMessagesInBothLanguages() {
        let error = ExchangeError(path: "partners[3].sector", problem: .unknownValue("kommune2")).inFile(URL(fileURLWithPath: "/x/p.json"))
        XCTAssertEqual(error.message(.en), "“p.json” cannot be imported: partners[3].sector: unknown value \"kommune2\". Nothing was saved; correct the file and try again.")
        XCTAssertEqual(error.message(.nb), "«p.json» kan ikke importeres: partners[3].sector: ukjent verdi «kommune2». Ingenting er lagret; rett filen og prøv igjen.")
    }

    func testSchemaMatchesTheModel() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("data/schema/project-v1.schema.json")
        let schema = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        XCTAssertEqual(schema["$schema"] as? String, "https://json-schema.org/draft/2020-12/schema")
        let defs = try XCTUnwrap(schema["$defs"] as? [String: [String: Any]])
        func codes(_ name: String) -> [String] { defs[name]?["enum"] as? [String] ?? [] }
        XCTAssertEqual(codes("sector"), Sector.allCases.map(\.rawValue))
        XCTAssertEqual(codes("citizenRole"), CitizenRole.allCases.map(\.rawValue))
        XCTAssertEqual(codes("anchorDirection"), AnchorDirection.allCases.map(\.rawValue))
        XCTAssertEqual(codes("circlePhase"), CirclePhase.allCases.map(\.rawValue))
        XCTAssertEqual(codes("responsibility"), Responsibility.allCases.map(\.rawValue))
        XCTAssertEqual(codes("staircaseStep"), StaircaseStep.allCases.map(\.rawValue))
        XCTAssertEqual(codes("indicatorLevel"), IndicatorLevel.allCases.map(\.rawValue))
        XCTAssertEqual(codes("indicatorKind"), IndicatorKind.allCases.map(\.rawValue))
        XCTAssertEqual(codes("direction"), Direction.allCases.map(\.rawValue))
        XCTAssertEqual(codes("frequency"), Frequency.allCases.map(\.rawValue))
        // Every key the encoder writes is a property the schema knows.
        let document = try XCTUnwrap(try json()["document"] as? [String: Any])
        let documentProperties = try XCTUnwrap(defs["document"]?["properties"] as? [String: Any])
        XCTAssertEqual(Set(document.keys), Set(documentProperties.keys))

        // The export validates against the schema (python3-jsonschema, which `make test` installs, for Debian's python).
        let exported = path("sample.json")
        try ProjectExchange.encode(StoreSamples.full()).write(to: exported)
        let script = "import json,sys,jsonschema; jsonschema.validate(json.load(open(sys.argv[2])), json.load(open(sys.argv[1])))"
        let python = "/usr/bin/python3"
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: python)
        probe.arguments = ["-c", "import jsonschema"]
        try probe.run()
        probe.waitUntilExit()
        XCTAssertEqual(probe.terminationStatus, 0, "python3-jsonschema is missing: `make deps-test` installs it")
        guard probe.terminationStatus == 0 else { return }
        let check = Process()
        check.executableURL = URL(fileURLWithPath: python)
        check.arguments = ["-c", script, url.path, exported.path]
        try check.run()
        check.waitUntilExit()
        XCTAssertEqual(check.terminationStatus, 0, "the export does not validate against the schema")
    }
}
