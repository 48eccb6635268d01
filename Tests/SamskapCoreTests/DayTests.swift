import XCTest
@testable import SamskapCore

final class DayTests: XCTestCase {
    func testParsesIsoAndNorwegianForms() throws {
        XCTAssertEqual(Day(parsing: "2026-03-01"), Day(year: 2026, month: 3, day: 1))
        XCTAssertEqual(Day(parsing: "1.3.2026"), Day(year: 2026, month: 3, day: 1))
        XCTAssertEqual(Day(parsing: "01.03.26"), Day(year: 2026, month: 3, day: 1))
        XCTAssertNil(Day(parsing: "30.2.2026"))
        XCTAssertNil(Day(parsing: "tolv"))
    }

    func testOrdinalRoundTripsAndCountsDays() throws {
        let d = try XCTUnwrap(Day(year: 2024, month: 2, day: 28))
        XCTAssertEqual(d.adding(days: 1), Day(year: 2024, month: 2, day: 29))
        XCTAssertEqual(d.adding(days: 2), Day(year: 2024, month: 3, day: 1))
        XCTAssertEqual(Day(ordinal: 0), Day(year: 1970, month: 1, day: 1))
        XCTAssertEqual(try XCTUnwrap(Day(year: 2025, month: 1, day: 1)).ordinal - d.ordinal, 308)
    }
}

/// Edge cases of days and periods.
final class DayEdgeCaseTests: XCTestCase {
    func testLeapYearsFollowTheGregorianRules() {
        XCTAssertNotNil(Day(year: 2024, month: 2, day: 29))
        XCTAssertNotNil(Day(year: 2000, month: 2, day: 29), "divisible by 400")
        XCTAssertNil(Day(year: 1900, month: 2, day: 29), "divisible by 100, not 400")
        XCTAssertNil(Day(year: 2025, month: 2, day: 29))
        XCTAssertNil(Day(year: 2025, month: 4, day: 31))
        XCTAssertNotNil(Day(year: 2025, month: 12, day: 31))
    }

    func testOutOfRangeParts() {
        XCTAssertNil(Day(year: 0, month: 1, day: 1))
        XCTAssertNil(Day(year: 10_000, month: 1, day: 1))
        XCTAssertNil(Day(year: 2025, month: 13, day: 1))
        XCTAssertNil(Day(year: 2025, month: 1, day: 0))
        XCTAssertNotNil(Day(year: 9999, month: 12, day: 31))
    }

    func testParsingForms() {
        XCTAssertEqual(Day(parsing: " 2026-03-01 "), Day(year: 2026, month: 3, day: 1))
        XCTAssertEqual(Day(parsing: "1/3/2026"), Day(year: 2026, month: 3, day: 1))
        XCTAssertEqual(Day(parsing: "29.2.24"), Day(year: 2024, month: 2, day: 29))
        XCTAssertNil(Day(parsing: "2026-13-01"))
        XCTAssertNil(Day(parsing: "2026-3-1x"))
        XCTAssertNil(Day(parsing: "1.3"))
        XCTAssertNil(Day(parsing: ""))
    }

    func testFormattingInBothLanguages() throws {
        let d = try XCTUnwrap(Day(year: 2026, month: 3, day: 1))
        XCTAssertEqual(d.formatted(.nb), "1.3.2026")
        XCTAssertEqual(d.formatted(.en), "2026-03-01")
        XCTAssertEqual(d.iso, "2026-03-01")
        XCTAssertEqual(d.description, "2026-03-01")
        XCTAssertEqual(Day(year: 7, month: 12, day: 31)?.iso, "0007-12-31")
        XCTAssertEqual(Day(year: 9999, month: 10, day: 9)?.iso, "9999-10-09")
    }

    func testOrdinalRoundTripsAcrossCenturies() {
        // Every 37th day from 1600 to 2400 goes to a day and back, and consecutive ordinals are consecutive days.
        for ordinal in stride(from: -135_000, through: 157_000, by: 37) {
            let day = Day(ordinal: ordinal)
            XCTAssertEqual(day.ordinal, ordinal)
            XCTAssertEqual(Day(year: day.year, month: day.month, day: day.day), day)
        }
        XCTAssertEqual(Day(ordinal: -1), Day(year: 1969, month: 12, day: 31))
        // 2000 is a leap year: 366 days from 1.1.2000 to 1.1.2001.
        XCTAssertEqual(Day(year: 2001, month: 1, day: 1)!.ordinal - Day(year: 2000, month: 1, day: 1)!.ordinal, 366)
        XCTAssertEqual(Day(year: 1901, month: 1, day: 1)!.ordinal - Day(year: 1900, month: 1, day: 1)!.ordinal, 365)
    }

    func testOrderAndCodable() throws {
        let a = try XCTUnwrap(Day(year: 2025, month: 12, day: 31)), b = try XCTUnwrap(Day(year: 2026, month: 1, day: 1))
        XCTAssertLessThan(a, b)
        XCTAssertEqual(a.adding(days: 1), b)
        XCTAssertEqual(b.adding(days: -1), a)
        let json = try JSONEncoder().encode([a])
        XCTAssertEqual(String(decoding: json, as: UTF8.self), "[\"2025-12-31\"]")
        XCTAssertEqual(try JSONDecoder().decode([Day].self, from: json), [a])
        XCTAssertThrowsError(try JSONDecoder().decode([Day].self, from: Data("[\"2025-02-30\"]".utf8)))
    }

    func testPeriodContainsBothEndsAndOpenEnds() throws {
        let start = try XCTUnwrap(Day(year: 2025, month: 1, day: 1)), end = try XCTUnwrap(Day(year: 2025, month: 12, day: 31))
        let p = Period(start: start, end: end)
        XCTAssertTrue(p.contains(start))
        XCTAssertTrue(p.contains(end))
        XCTAssertFalse(p.contains(start.adding(days: -1)))
        XCTAssertFalse(p.contains(end.adding(days: 1)))
        XCTAssertTrue(Period(start: start).contains(end.adding(days: 5000)))
        XCTAssertTrue(Period(end: end).contains(Day(ordinal: -50_000)))
        XCTAssertTrue(Period().contains(start))
    }
}

/// Days are packed into 32 bits; the parts and the order must come out as they went in.
final class DayPackingTests: XCTestCase {
    func testPartsSurviveThePackingAtTheEdges() throws {
        for (y, m, d) in [(1, 1, 1), (9999, 12, 31), (2026, 11, 29), (2024, 2, 29)] {
            let day = try XCTUnwrap(Day(year: y, month: m, day: d))
            XCTAssertEqual([day.year, day.month, day.day], [y, m, d])
        }
    }

    func testOrderIsCalendarOrder() throws {
        var days: [Day] = []
        var ordinal = Day(year: 1999, month: 12, day: 25)!.ordinal
        while days.count < 800 {
            days.append(Day(ordinal: ordinal))
            ordinal += 3
        }
        XCTAssertEqual(days.shuffled().sorted(), days)
        XCTAssertEqual(days.shuffled().sorted { $0.ordinal < $1.ordinal }, days)
        XCTAssertLessThan(MemoryLayout<Day>.size, 8, "a day must stay small: a large project holds 100,000 of them")
    }
}
