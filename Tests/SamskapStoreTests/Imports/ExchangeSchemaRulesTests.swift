import Foundation
import XCTest
@testable import SamskapStore
import TestSupport

/// Issue 16 in the JSON format: `import-json` refuses what its own schema forbids, naming the place, and the schema
/// in `data/schema` and the rules the app applies agree.
final class ExchangeSchemaRulesTests: StoreTestCase {
    private func exported() throws -> String {
        String(decoding: try ProjectExchange.encode(StoreSamples.full()), as: UTF8.self)
    }

    /// The export with the first occurrence of `old` replaced by `new`.
    private func edited(_ old: String, _ new: String, file: StaticString = #filePath, line: UInt = #line) throws -> Data {
        let text = try exported()
        guard let range = text.range(of: old) else {
            XCTFail("«\(old)» is not in the export", file: file, line: line)
            return Data()
        }
        return Data(text.replacingCharacters(in: range, with: new).utf8)
    }

    private func assertRefused(_ data: Data, _ expectedEnglish: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try ProjectExchange.decode(data), file: file, line: line) { error in
            guard let error = error as? ExchangeError else { return XCTFail("\(error)", file: file, line: line) }
            XCTAssertEqual(error.detail(.en), expectedEnglish, file: file, line: line)
            for language in Language.allCases {
                XCTAssertNil(InternalText.found(in: error.message(language)), error.message(language), file: file, line: line)
            }
        }
    }

    func testExperienceAndImportanceOutsideTheScale() throws {
        assertRefused(try edited("\"experience\" : 4", "\"experience\" : 7"),
                      "answers[0].experience: 7 is outside the allowed range, from 1 to 5")
        assertRefused(try edited("\"experience\" : 4", "\"experience\" : 0"),
                      "answers[0].experience: 0 is outside the allowed range, from 1 to 5")
        assertRefused(try edited("\"importance\" : 5", "\"importance\" : -1"),
                      "answers[0].importance: -1 is outside the allowed range, from 1 to 5")
    }

    func testAnonymityThresholdBelowOne() throws {
        assertRefused(try edited("\"anonymityThreshold\" : 4", "\"anonymityThreshold\" : 0"),
                      "project.anonymityThreshold: 0 is outside the allowed range, from 1 to 20")
    }

    func testDatesThatAreNotISO() throws {
        assertRefused(try edited("\"date\" : \"2025-02-01\"", "\"date\" : \"31/12/2024\""),
                      "rounds[0].date: \"31/12/2024\" is not a date (YYYY-MM-DD)")
        assertRefused(try edited("\"date\" : \"2025-02-01\"", "\"date\" : \"-001-01-01\""),
                      "rounds[0].date: \"-001-01-01\" is not a date (YYYY-MM-DD)")
    }

    func testIDWithASpace() throws {
        let id = StoreSamples.id(50).uuidString
        assertRefused(try edited("\"id\" : \"\(id)\"", "\"id\" : \" \(id.dropFirst())\""),
                      "rounds[0].id: \" \(id.dropFirst())\" is not an id (UUID)")
        assertRefused(try edited("\"id\" : \"\(id)\"", "\"id\" : \"\(id) \""), "rounds[0].id: \"\(id) \" is not an id (UUID)")
    }

    func testUnknownKeysAreRefusedNotDropped() throws {
        assertRefused(try edited("\"importance\" : 5", "\"importence\" : 5"),
                      "answers[0]: unknown field \"importence\"; check its spelling against an export")
        assertRefused(try edited("\"format\" : \"samskap-project\"", "\"format\" : \"samskap-project\", \"extra\" : 1"),
                      "unknown field \"extra\"; check its spelling against an export")
    }

    func testDuplicateKeysAreRefusedWherever() throws {
        assertRefused(try edited("\"experience\" : 4", "\"experience\" : 4, \"experience\" : 1"),
                      "answers[0]: the field \"experience\" appears twice; keep one")
        // The format check read the last, the decoder the first: now neither.
        assertRefused(try edited("\"format\" : \"samskap-project\"", "\"format\" : \"samskap-project\", \"format\" : \"samskap-project\""),
                      "the field \"format\" appears twice; keep one")
    }

    func testNumbersBeyondTheValueRange() throws {
        assertRefused(try edited("\"value\" : 5", "\"value\" : 1e308"),
                      "measurements[0].value: 1e308 is outside the allowed range, from −1,000,000,000,000,000 to 1,000,000,000,000,000")
        assertRefused(try edited("\"value\" : 5", "\"value\" : 10000000000000000000"),
                      "measurements[0].value: 10000000000000000000 is outside the allowed range, from −1,000,000,000,000,000 to 1,000,000,000,000,000")
        assertRefused(try edited("\"value\" : 3", "\"value\" : -1e16"),
                      "indicators[0].baseline.value: -1e16 is outside the allowed range, from −1,000,000,000,000,000 to 1,000,000,000,000,000")
        XCTAssertEqual(try ProjectExchange.decode(try edited("\"value\" : 5", "\"value\" : 1e15")).measurements[0].value, 1e15)
        XCTAssertEqual(try ProjectExchange.decode(try edited("\"value\" : 5", "\"value\" : -0")).measurements[0].value, 0)
    }

    func testAFractionWhereAWholeNumberBelongs() throws {
        assertRefused(try edited("\"position\" : 0", "\"position\" : 2.5"), "goals[0].position: 2.5 should be a whole number")
        assertRefused(try edited("\"experience\" : 4", "\"experience\" : 4.0"), "answers[0].experience: 4.0 should be a whole number")
        assertRefused(try edited("\"position\" : 0", "\"position\" : 99999999999999999999"),
                      "goals[0].position: 99999999999999999999 is too large")
    }

    func testAMessageSaysWhatWhereAndWhatToDoInBothLanguages() throws {
        XCTAssertThrowsError(try ProjectExchange.decode(try edited("\"position\" : 0", "\"position\" : 2.5"))) { error in
            let error = (error as? ExchangeError)?.inFile(URL(fileURLWithPath: "/x/p.json"))
            XCTAssertEqual(error?.message(.nb), "«p.json» kan ikke importeres: goals[0].position: 2,5 skal være et heltall. Ingenting er lagret; rett filen og prøv igjen.")
            XCTAssertEqual(error?.message(.en), "“p.json” cannot be imported: goals[0].position: 2.5 should be a whole number. Nothing was saved; correct the file and try again.")
        }
    }

    func testAnInfiniteValueIsNamedOnExport() throws {
        var document = StoreSamples.full()
        document.measurements[1].value = .infinity
        XCTAssertThrowsError(try ProjectExchange.encode(document)) { error in
            guard let error = error as? UserFacingError else { return XCTFail("\(error)") }
            XCTAssertEqual(error.message(.en), "The measurement of “Familier i egen bolig” on 2025-06-30 has the value inf, which is not a number JSON can hold. Correct the value in Samskap and export again.")
            XCTAssertEqual(error.message(.nb), "Målingen av «Familier i egen bolig» 30.6.2025 har verdien inf, som ikke er et tall JSON kan holde. Rett verdien i Samskap og eksporter på nytt.")
        }
    }

    // MARK: The schema and the code

    private func schemaFile() throws -> Data {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("data/schema/project-v1.schema.json")
        return try Data(contentsOf: url)
    }

    func testTheAppValidatesWithTheSchemaInData() throws {
        XCTAssertEqual(ExchangeSchema.file.resolvingSymlinksInPath().path,
                       URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                           .deletingLastPathComponent().appendingPathComponent("data/schema/project-v1.schema.json").resolvingSymlinksInPath().path)
    }

    func testTheSchemaBoundsAreCoresBounds() throws {
        let schema = try XCTUnwrap(JSONSerialization.jsonObject(with: schemaFile()) as? [String: Any])
        let defs = try XCTUnwrap(schema["$defs"] as? [String: [String: Any]])
        func bounds(_ def: String, _ property: String) -> [Double?] {
            let p = (defs[def]?["properties"] as? [String: [String: Any]])?[property]
            return [(p?["minimum"] as? NSNumber)?.doubleValue, (p?["maximum"] as? NSNumber)?.doubleValue]
        }
        XCTAssertEqual(bounds("answer", "experience"), [Double(Answer.scale.lowerBound), Double(Answer.scale.upperBound)])
        XCTAssertEqual(bounds("answer", "importance"), [Double(Answer.scale.lowerBound), Double(Answer.scale.upperBound)])
        XCTAssertEqual(bounds("project", "anonymityThreshold"),
                       [Double(Project.anonymityThresholdRange.lowerBound), Double(Project.anonymityThresholdRange.upperBound)])
        XCTAssertEqual(bounds("measurement", "value"), [Measurement.valueRange.lowerBound, Measurement.valueRange.upperBound])
        XCTAssertEqual(bounds("referencePoint", "value"), [Measurement.valueRange.lowerBound, Measurement.valueRange.upperBound])
        XCTAssertEqual(bounds("impactStep", "kind"), [1, Double(ImpactStepKind.allCases.count)])
        // Every object forbids keys it does not name, so a misspelt key is refused rather than dropped.
        for (name, def) in defs where def["type"] as? String == "object" {
            XCTAssertEqual(def["additionalProperties"] as? Bool, false, name)
        }
        // Every pattern is one the app knows how to check.
        for (name, def) in defs {
            if let pattern = def["pattern"] as? String { XCTAssertTrue(ExchangeSchema.knows(pattern: pattern), "\(name): \(pattern)") }
        }
    }
}
