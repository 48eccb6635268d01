import Foundation
import SamskapCore
import SamskapStore
import TestSupport

/// Issue 2's figures: the cost of an autosaved edit beside the SQLite floor, and the time to open
/// the large project and compute its summary.
enum StoreBench {
    static func run() throws {
        let model = try ModelContent.load(.nb)
        let folder = benchFolder("store")
        defer { try? FileManager.default.removeItem(at: folder) }

        print("== Autosaved edit (one measurement upserted, one transaction, synchronous=FULL)")
        let edits = 400
        let bare = BareSQLite.insertAndCommit(count: edits, in: folder)
        let file = try ProjectFile.create(at: folder.appendingPathComponent("edits.samskap"), document: Fixtures.minimalDocument())
        let indicator = Indicator(name: "Deltakere", level: .output, unit: "personer")
        try file.apply(.upsertIndicator(indicator))
        let start = Day(year: 2025, month: 1, day: 1)!
        let autosave = try Timing.measure(count: edits) { i in
            try file.apply(.upsertMeasurement(Measurement(indicatorID: indicator.id, date: start.adding(days: abs(i)), value: Double(i))))
        }
        file.close()
        print("  bare SQLite insert+commit: median \(ms(bare.median)), p99 \(ms(bare.p99))")
        print("  Samskap autosaved edit:    median \(ms(autosave.median)), p99 \(ms(autosave.p99))")
        print(String(format: "  ratio (median): %.2f×  (target ≤ 1.5×)", autosave.median / bare.median))

        print("== Large project (200 partners, 1,000 indicators, 100,000 measurements, 20 rounds × 30 respondents)")
        let large = LargeProject.make(model: model)
        let largeURL = folder.appendingPathComponent("large.samskap")
        let created = try Timing.measure(count: 1, warmup: 0) { _ in try ProjectFile.create(at: largeURL, document: large).close() }
        print("  write once: \(ms(created.median)); \(large.answers.count) answers; file \(fileSize(largeURL)) bytes")
        let open = try Timing.measure(count: 10, warmup: 1) { _ in
            let f = try ProjectFile.open(at: largeURL)
            let doc = try f.load()
            f.close()
            _ = ProjectSummary(doc, model: model)
        }
        print("  open + load + summary: median \(ms(open.median)), p99 \(ms(open.p99))  (target ≤ 100 ms)")
        let f = try ProjectFile.open(at: largeURL)
        let doc = try f.load()
        f.close()
        let summary = try Timing.measure(count: 20) { _ in _ = ProjectSummary(doc, model: model) }
        print("  summary alone (all process results + indicator statuses): median \(ms(summary.median))  (target ≤ 50 ms)")
    }

    private static func fileSize(_ url: URL) -> Int {
        (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
    }
}

/// What the overview and the report summarise: everything computed once.
struct ProjectSummary {
    let process: [RoundResults]
    let progress: [IndicatorProgress]
    let bySector: [(Sector, Int)]
    let roles: Set<CitizenRole>

    init(_ document: ProjectDocument, model: ModelContent) {
        process = document.processResults(model: model)
        progress = document.indicatorProgress()
        bySector = document.partnersBySector
        roles = document.coveredCitizenRoles
    }
}
