import XCTest
@testable import SamskapCore

/// Measurements read through a pool share their texts, yet each still behaves as its own value.
final class MeasurementTextPoolTests: XCTestCase {
    private let indicator = UUID()
    private let day = Day(year: 2026, month: 3, day: 1)!

    func testPooledMeasurementsEqualPlainOnesAndShareEqualTexts() {
        var pool = MeasurementTextPool()
        let id1 = UUID(), id2 = UUID()
        let a = pool.measurement(id: id1, indicatorID: indicator, date: day, value: 4, note: "", source: "NAV", comment: "")
        let b = pool.measurement(id: id2, indicatorID: indicator, date: day, value: nil, note: "", source: "NAV", comment: "")
        XCTAssertEqual(a, Measurement(id: id1, indicatorID: indicator, date: day, value: 4, source: "NAV"))
        XCTAssertEqual(b, Measurement(id: id2, indicatorID: indicator, date: day, source: "NAV"))
        XCTAssertTrue(a.texts === b.texts, "equal texts are one copy")
        let c = pool.measurement(id: UUID(), indicatorID: indicator, date: day, value: 1, note: "", source: "", comment: "")
        XCTAssertNil(c.texts, "no texts, nothing stored")
    }

    func testEditingOneCopyLeavesTheOthersAlone() {
        var pool = MeasurementTextPool()
        let a = pool.measurement(id: UUID(), indicatorID: indicator, date: day, value: 4, note: "Intervju", source: "NAV",
                                 comment: "")
        var b = pool.measurement(id: UUID(), indicatorID: indicator, date: day, value: 5, note: "Intervju", source: "NAV",
                                 comment: "")
        b.comment = "Rettet"
        b.note = ""
        XCTAssertEqual([a.note, a.source, a.comment], ["Intervju", "NAV", ""])
        XCTAssertEqual([b.note, b.source, b.comment], ["", "NAV", "Rettet"])
        b.source = ""
        b.comment = ""
        XCTAssertNil(b.texts)
    }

    func testHashAndJSONFollowTheTextsNotTheirStorage() throws {
        var pool = MeasurementTextPool()
        let id = UUID()
        let pooled = pool.measurement(id: id, indicatorID: indicator, date: day, value: 2.5, note: "æøå", source: "",
                                      comment: "🙂")
        let plain = Measurement(id: id, indicatorID: indicator, date: day, value: 2.5, note: "æøå", comment: "🙂")
        XCTAssertEqual(Set([pooled, plain]).count, 1)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(pooled), as: UTF8.self)
        XCTAssertEqual(json, #"{"comment":"🙂","date":"2026-03-01","id":"\#(id.uuidString)","indicatorID":"\#(indicator.uuidString)","note":"æøå","source":"","value":2.5}"#)
        XCTAssertEqual(try JSONDecoder().decode(Measurement.self, from: Data(json.utf8)), plain)
        let noValue = Measurement(id: id, indicatorID: indicator, date: day)
        XCTAssertFalse(String(decoding: try encoder.encode(noValue), as: UTF8.self).contains("value"), "no value, no key")
    }
}
