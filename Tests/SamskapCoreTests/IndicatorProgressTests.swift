import XCTest
import TestSupport
@testable import SamskapCore

/// Indicator progress against hand-computed figures. Baseline 1.1.2025, target 1.1.2026: 365 days apart.
final class IndicatorProgressTests: XCTestCase {
    private let d = Fixtures.day

    private func indicator(base: Double?, target: Double?, direction: Direction = .higherIsBetter,
                           dates: Bool = true) -> Indicator {
        Indicator(id: Fixtures.id(1), name: "Antall deltakere", level: .output, unit: "deltakere", direction: direction,
                  baseline: ReferencePoint(value: base, date: dates ? d("2025-01-01") : nil),
                  target: ReferencePoint(value: target, date: dates ? d("2026-01-01") : nil))
    }

    private func progress(_ ind: Indicator, _ points: [(String, Double?)]) -> IndicatorProgress {
        IndicatorProgress.compute(ind, measurements: points.enumerated().map { n, p in
            Measurement(id: Fixtures.id(100 + n), indicatorID: ind.id, date: d(p.0), value: p.1)
        })
    }

    func testHigherIsBetterOnTrack() throws {
        // 2.7.2025 is day 182 of 365: expected 182/365 ≈ 0.4986. Value 30: (30−10)/(50−10) = 0.5 → on track.
        let p = progress(indicator(base: 10, target: 50), [("2025-07-02", 30)])
        XCTAssertEqual(p.progress!, 0.5, accuracy: 1e-12)
        XCTAssertEqual(p.expected!, 182.0 / 365.0, accuracy: 1e-12)
        XCTAssertEqual(p.status, .onTrack)
    }

    func testBehindTimeAndTheToleranceEdge() {
        let ind = indicator(base: 10, target: 50)
        // Value 12: 2/40 = 0.05 < 0.4986 − 0.1 → behind.
        XCTAssertEqual(progress(ind, [("2025-07-02", 12)]).status, .behind)
        // Value 26: 16/40 = 0.4 ≥ 0.3986 → still on track; value 25: 15/40 = 0.375 < 0.3986 → behind.
        XCTAssertEqual(progress(ind, [("2025-07-02", 26)]).status, .onTrack)
        XCTAssertEqual(progress(ind, [("2025-07-02", 25)]).status, .behind)
    }

    func testLowerIsBetter() throws {
        let ind = indicator(base: 100, target: 60, direction: .lowerIsBetter)
        // Value 80: (80−100)/(60−100) = 0.5 → on track at day 182.
        let good = progress(ind, [("2025-07-02", 80)])
        XCTAssertEqual(good.progress!, 0.5, accuracy: 1e-12)
        XCTAssertEqual(good.status, .onTrack)
        // Value 110 moved the wrong way: (110−100)/(−40) = −0.25 → behind.
        let bad = progress(ind, [("2025-07-02", 110)])
        XCTAssertEqual(bad.progress!, -0.25, accuracy: 1e-12)
        XCTAssertEqual(bad.status, .behind)
    }

    func testTargetReachedEarlyAndLate() throws {
        let ind = indicator(base: 10, target: 50)
        // Value 55 a month in: 45/40 = 1.125 → on track although time expected only 31/365.
        let early = progress(ind, [("2025-02-01", 55)])
        XCTAssertEqual(early.progress!, 1.125, accuracy: 1e-12)
        XCTAssertEqual(early.status, .onTrack)
        // After the target date, expected is clamped to 1; value 50 exactly reaches it.
        let late = progress(ind, [("2026-06-01", 50)])
        XCTAssertEqual(late.expected, 1)
        XCTAssertEqual(late.status, .onTrack)
        // Value 45 after the target date: 35/40 = 0.875 < 1 − 0.1 → behind.
        XCTAssertEqual(progress(ind, [("2026-06-01", 45)]).status, .behind)
    }

    func testMeasurementBeforeBaselineDateExpectsNothing() {
        let p = progress(indicator(base: 10, target: 50), [("2024-12-01", 10)])
        XCTAssertEqual(p.expected, 0)
        // Progress 0 ≥ 0 − 0.1 → on track.
        XCTAssertEqual(p.status, .onTrack)
    }

    func testLatestMeasurementWinsWhateverTheOrder() throws {
        // Given newest first, plus a newer one without a value that must be ignored.
        let p = progress(indicator(base: 10, target: 50), [("2025-07-02", 30), ("2025-03-01", 12), ("2025-09-01", nil)])
        XCTAssertEqual(p.latest?.date, d("2025-07-02"))
        XCTAssertEqual(p.progress!, 0.5, accuracy: 1e-12)
    }

    func testNoBaselineNoTargetOrNoMeasurementIsNoData() {
        XCTAssertEqual(progress(indicator(base: nil, target: 50), [("2025-07-02", 30)]).status, .noData)
        XCTAssertEqual(progress(indicator(base: 10, target: nil), [("2025-07-02", 30)]).status, .noData)
        let none = progress(indicator(base: 10, target: 50), [])
        XCTAssertEqual(none.status, .noData)
        XCTAssertNil(none.progress)
        XCTAssertNil(none.latest)
        // The latest measurement is still reported without a baseline, for the table.
        XCTAssertEqual(progress(indicator(base: nil, target: 50), [("2025-07-02", 30)]).latest?.value, 30)
    }

    func testTargetEqualToBaseline() {
        // Keep the level: at or above 10 (higher is better) is on track, progress 1; below is behind, progress 0.
        let keep = indicator(base: 10, target: 10)
        XCTAssertEqual(progress(keep, [("2025-07-02", 10)]).status, .onTrack)
        XCTAssertEqual(progress(keep, [("2025-07-02", 10)]).progress, 1)
        XCTAssertEqual(progress(keep, [("2025-07-02", 9)]).status, .behind)
        XCTAssertEqual(progress(keep, [("2025-07-02", 9)]).progress, 0)
        // Lower is better: 9 is better than 10.
        XCTAssertEqual(progress(indicator(base: 10, target: 10, direction: .lowerIsBetter), [("2025-07-02", 9)]).status, .onTrack)
    }

    func testTargetOnTheWrongSideIsJudgedByDirection() {
        // Higher is better but the target 10 is below the baseline 50: better than baseline is on track.
        let ind = indicator(base: 50, target: 10)
        XCTAssertEqual(progress(ind, [("2025-07-02", 60)]).status, .onTrack)
        XCTAssertEqual(progress(ind, [("2025-07-02", 40)]).status, .behind)
    }

    func testWithoutDatesProgressAboveZeroIsOnTrack() {
        let ind = indicator(base: 10, target: 50, dates: false)
        let p = progress(ind, [("2025-07-02", 11)])
        XCTAssertNil(p.expected)
        XCTAssertEqual(p.status, .onTrack) // 1/40 > 0
        XCTAssertEqual(progress(ind, [("2025-07-02", 10)]).status, .behind) // 0, not > 0
    }

    func testQualitativeIsDescribedOrNoData() {
        let ind = Indicator(id: Fixtures.id(2), name: "Fortellinger", level: .outcome, kind: .qualitative)
        XCTAssertEqual(IndicatorProgress.compute(ind, measurements: []).status, .noData)
        let empty = Measurement(indicatorID: ind.id, date: d("2025-09-01"), note: "")
        XCTAssertEqual(IndicatorProgress.compute(ind, measurements: [empty]).status, .noData)
        let older = Measurement(indicatorID: ind.id, date: d("2025-03-01"), note: "Første samling")
        let newer = Measurement(indicatorID: ind.id, date: d("2025-06-01"), note: "Flere kom")
        let p = IndicatorProgress.compute(ind, measurements: [newer, empty, older])
        XCTAssertEqual(p.status, .described)
        XCTAssertEqual(p.latest?.note, "Flere kom")
        XCTAssertNil(p.progress)
    }

    func testOtherIndicatorsMeasurementsAreIgnored() {
        let ind = indicator(base: 10, target: 50)
        let foreign = Measurement(indicatorID: Fixtures.id(999), date: d("2025-07-02"), value: 50)
        XCTAssertEqual(IndicatorProgress.compute(ind, measurements: [foreign]).status, .noData)
    }

    func testDocumentProgressKeepsIndicatorOrder() {
        let doc = Fixtures.smallDocument()
        let all = doc.indicatorProgress()
        XCTAssertEqual(all.map(\.indicatorID), doc.indicators.map(\.id))
        // Antall deltakere: 10 → 50 over 2025–2026 (729 days); 20 on 1.6.2025 is 10/40 = 0.25, day 151 of 729.
        XCTAssertEqual(all[0].progress!, 0.25, accuracy: 1e-12)
        XCTAssertEqual(all[0].expected!, 151.0 / 729.0, accuracy: 1e-12)
        XCTAssertEqual(all[0].status, .onTrack)
        XCTAssertEqual(all[1].status, .described)
    }
}
