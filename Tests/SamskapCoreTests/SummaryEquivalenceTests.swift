import Foundation
import TestSupport
import XCTest
@testable import SamskapCore

/// The one-pass summary computations against the plain ones they replaced (kept here as the reference): the same
/// figures for every round and indicator, on large, shuffled and deliberately awkward documents.
final class SummaryEquivalenceTests: XCTestCase {
    // MARK: Reference: the straightforward computations, as they were

    private func referenceRound(_ roundID: UUID, _ answers: [Answer], _ model: ModelContent, _ threshold: Int) -> RoundResults {
        var statementOwner: [String: Int] = [:]
        let dims = model.allDimensions
        for (i, d) in dims.enumerated() { for s in d.statements { statementOwner[s.id] = i } }
        struct Acc { var e = 0.0, ne = 0, i = 0.0, ni = 0 }
        var acc = Array(repeating: [UUID: Acc](), count: dims.count)
        for a in answers where a.roundID == roundID && !a.dontKnow {
            guard let d = statementOwner[a.statementID] else { continue }
            var x = acc[d][a.respondentID, default: Acc()]
            if let e = a.experience { x.e += Double(e); x.ne += 1 }
            if let i = a.importance { x.i += Double(i); x.ni += 1 }
            acc[d][a.respondentID] = x
        }
        let results = dims.enumerated().map { index, d -> DimensionResult in
            var means: [UUID: Double] = [:]
            var importances: [Double] = []
            for (respondent, x) in acc[index] {
                if x.ne > 0 { means[respondent] = x.e / Double(x.ne) }
                if x.ni > 0 { importances.append(x.i / Double(x.ni)) }
            }
            let count = acc[index].values.filter { $0.ne > 0 || $0.ni > 0 }.count
            let hidden = count < max(threshold, 1)
            let values = Array(means.values)
            return DimensionResult(
                dimensionID: d.id, kind: model.values.contains(d) ? .value : .field, respondentCount: count,
                experienceMean: hidden || values.isEmpty ? nil : values.reduce(0, +) / Double(values.count),
                importanceMean: hidden || importances.isEmpty ? nil : importances.reduce(0, +) / Double(importances.count),
                experienceMin: hidden ? nil : values.min(), experienceMax: hidden ? nil : values.max(),
                respondentMeans: hidden ? [:] : means, isHidden: hidden)
        }
        return RoundResults(roundID: roundID, dimensions: results)
    }

    private func referenceProcess(_ doc: ProjectDocument, _ model: ModelContent) -> [RoundResults] {
        var byRound: [UUID: [Answer]] = [:]
        for a in doc.answers { byRound[a.roundID, default: []].append(a) }
        return doc.roundsByDate.map { referenceRound($0.id, byRound[$0.id] ?? [], model, doc.project.anonymityThreshold) }
    }

    private func referenceIndicator(_ indicator: Indicator, _ measurements: [SamskapCore.Measurement]) -> IndicatorProgress {
        let own = measurements.filter { $0.indicatorID == indicator.id }
        let latest = indicator.kind == .qualitative
            ? own.filter { !$0.note.isEmpty }.max { $0.date < $1.date }
            : own.filter { $0.value != nil }.max { $0.date < $1.date }
        return IndicatorProgress.compute(indicator, latest: latest)
    }

    private func referenceProgress(_ doc: ProjectDocument) -> [IndicatorProgress] {
        var byIndicator: [UUID: [SamskapCore.Measurement]] = [:]
        for m in doc.measurements { byIndicator[m.indicatorID, default: []].append(m) }
        return doc.indicators.map { referenceIndicator($0, byIndicator[$0.id] ?? []) }
    }

    // MARK: Comparison (means summed in another order may differ in the last bit)

    private func assertSame(_ a: [RoundResults], _ b: [RoundResults], file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(a.map(\.roundID), b.map(\.roundID), file: file, line: line)
        for (x, y) in zip(a, b) {
            XCTAssertEqual(x.dimensions.count, y.dimensions.count, file: file, line: line)
            for (p, q) in zip(x.dimensions, y.dimensions) {
                XCTAssertEqual(p.dimensionID, q.dimensionID, file: file, line: line)
                XCTAssertEqual(p.kind, q.kind, file: file, line: line)
                XCTAssertEqual(p.respondentCount, q.respondentCount, file: file, line: line)
                XCTAssertEqual(p.isHidden, q.isHidden, file: file, line: line)
                XCTAssertEqual(p.experienceMin, q.experienceMin, file: file, line: line)
                XCTAssertEqual(p.experienceMax, q.experienceMax, file: file, line: line)
                XCTAssertEqual(p.respondentMeans, q.respondentMeans, file: file, line: line)
                for (u, v) in [(p.experienceMean, q.experienceMean), (p.importanceMean, q.importanceMean)] {
                    XCTAssertEqual(u == nil, v == nil, file: file, line: line)
                    if let u, let v { XCTAssertEqual(u, v, accuracy: 1e-12, file: file, line: line) }
                }
            }
        }
    }

    // MARK: Tests

    func testTheLargeProjectGivesTheSameFigures() {
        let model = Fixtures.model()
        let doc = LargeProject.make(model: model, partners: 20, indicators: 100, measurements: 8_000, rounds: 4,
                                    respondentsPerRound: 12)
        assertSame(doc.processResults(model: model), referenceProcess(doc, model))
        XCTAssertEqual(doc.indicatorProgress(), referenceProgress(doc))
        XCTAssertEqual(doc.indicators.map { IndicatorProgress.compute($0, measurements: doc.measurements) }, referenceProgress(doc))
    }

    func testShuffledAndAwkwardDocumentsGiveTheSameFigures() {
        let model = Fixtures.model()
        var rng = SeededRandom(seed: 2024)
        for _ in 0..<40 {
            var doc = LargeProject.make(model: model, partners: 4, indicators: Int.random(in: 0...12, using: &rng),
                                        measurements: Int.random(in: 0...300, using: &rng), rounds: Int.random(in: 0...4, using: &rng),
                                        respondentsPerRound: Int.random(in: 1...5, using: &rng), seed: rng.next())
            doc.project.anonymityThreshold = Int.random(in: 0...4, using: &rng)
            // Answers out of order, some to statements the model lacks or rounds the document lacks, some scores missing.
            for k in doc.answers.indices {
                if rng.chance(0.05) { doc.answers[k].statementID = "ukjent.\(k % 3)" }
                if rng.chance(0.03) { doc.answers[k].roundID = rng.uuid() }
                if rng.chance(0.05) { doc.answers[k].experience = nil }
                if rng.chance(0.05) { doc.answers[k].importance = nil }
            }
            if rng.chance(0.7) { doc.answers.shuffle(using: &rng) }
            // A round twice (same id), measurements on one day (ties), for missing indicators, with notes and without values.
            if let round = doc.rounds.first, rng.chance(0.3) { doc.rounds.append(round) }
            if let indicator = doc.indicators.first, rng.chance(0.3) { doc.indicators.append(indicator) }
            for k in doc.measurements.indices {
                if rng.chance(0.1) { doc.measurements[k].date = Day(year: 2023, month: 6, day: 1)! }
                if rng.chance(0.05) { doc.measurements[k].indicatorID = rng.uuid() }
                if rng.chance(0.1) { doc.measurements[k].value = nil }
                if rng.chance(0.1) { doc.measurements[k].note = rng.chance(0.5) ? "" : "notat \(k)" }
            }
            if rng.chance(0.7) { doc.measurements.shuffle(using: &rng) }
            assertSame(doc.processResults(model: model), referenceProcess(doc, model))
            for round in doc.rounds {
                assertSame([RoundResults.compute(round: round.id, answers: doc.answers, model: model, threshold: 2)],
                           [referenceRound(round.id, doc.answers, model, 2)])
            }
            XCTAssertEqual(doc.indicatorProgress(), referenceProgress(doc))
            XCTAssertEqual(doc.indicators.map { IndicatorProgress.compute($0, measurements: doc.measurements) },
                           doc.indicators.map { referenceIndicator($0, doc.measurements) })
        }
    }

    func testEveryStatementFindsItsDimension() {
        let model = Fixtures.model()
        for dimension in model.allDimensions {
            for statement in dimension.statements { XCTAssertEqual(model.dimension(ofStatement: statement.id), dimension) }
        }
        XCTAssertNil(model.dimension(ofStatement: "ukjent.1"))
    }
}
