import Foundation
import SamskapCore
import SamskapStore
import TestSupport

/// Issue 2's figures: the cost of an autosaved edit beside the SQLite floor, and the time to open
/// the large project and compute its summary.
enum StoreBench {
    static func run() throws {
        let model = try ModelContent.load(.nb)
        if let mode = ProcessInfo.processInfo.environment["SAMSKAP_BENCH_PROFILE"] {
            try profile(mode, model: model)
            exit(0)
        }
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
        let open = try CPUTiming.measure(count: 10, warmup: 1) { _ in try openLoadSummary(largeURL, model: model) }
        print("  open + load + summary: median \(ms(open.wall.median)), p99 \(ms(open.wall.p99)); CPU median \(ms(open.cpu.median))  (target ≤ 100 ms)")
        let f = try ProjectFile.open(at: largeURL)
        let doc = try f.load()
        f.close()
        let summary = CPUTiming.measure(count: 20) { _ in summarise(doc, model: model) }
        print("  summary alone (all process results + indicator statuses): median \(ms(summary.wall.median)); CPU median \(ms(summary.cpu.median))  (target ≤ 50 ms)")
    }

    /// Opens the large project, reads it whole and computes its summary: what opening it in the app costs.
    @inline(never)
    static func openLoadSummary(_ url: URL, model: ModelContent) throws {
        let f = try ProjectFile.open(at: url)
        let doc = try f.load()
        f.close()
        summarise(doc, model: model)
    }

    @inline(never)
    static func summarise(_ doc: ProjectDocument, model: ModelContent) {
        withExtendedLifetime(ProjectSummary(doc, model: model)) {}
    }

    /// `SAMSKAP_BENCH_PROFILE=open|summary` (with `SAMSKAP_BENCH_RUNS`, `SAMSKAP_BENCH_FILE`): only the large project's
    /// open or summary, for `valgrind --tool=callgrind --collect-atstart=no --toggle-collect='*openLoadSummary*'`
    /// (or `'*summarise*'`) and CPU times without the rest of the benchmarks. The file is made once and kept.
    static func profile(_ mode: String, model: ModelContent) throws {
        let environment = ProcessInfo.processInfo.environment
        let runs = environment["SAMSKAP_BENCH_RUNS"].flatMap(Int.init) ?? 1
        let url = URL(fileURLWithPath: environment["SAMSKAP_BENCH_FILE"] ?? NSTemporaryDirectory() + "samskap-bench-large.samskap")
        if !FileManager.default.fileExists(atPath: url.path) {
            try ProjectFile.create(at: url, document: LargeProject.make(model: model)).close()
        }
        let timing: CPUTiming
        switch mode {
        case "open":
            timing = try CPUTiming.measure(count: runs, warmup: 0) { _ in try openLoadSummary(url, model: model) }
        case "summary":
            let f = try ProjectFile.open(at: url)
            let doc = try f.load()
            f.close()
            timing = CPUTiming.measure(count: runs, warmup: 0) { _ in summarise(doc, model: model) }
        default:
            throw CocoaError(.featureUnsupported, userInfo: [NSLocalizedDescriptionKey: "unknown profile \(mode)"])
        }
        print("\(mode) ×\(runs): CPU median \(ms(timing.cpu.median)), min \(ms(timing.cpu.percentile(0))); "
            + "wall median \(ms(timing.wall.median)), min \(ms(timing.wall.percentile(0)))")
    }

    private static func fileSize(_ url: URL) -> Int {
        (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
    }
}

/// Wall-clock and CPU time (`CLOCK_PROCESS_CPUTIME_ID`) of the same runs: on a busy machine the CPU time is the
/// steadier figure.
struct CPUTiming {
    var wall = Timing()
    var cpu = Timing()

    static func measure(count: Int, warmup: Int = 3, _ body: (Int) throws -> Void) rethrows -> CPUTiming {
        for i in 0..<warmup { try body(-1 - i) }
        var timing = CPUTiming()
        for i in 0..<count {
            let cpuStart = cpuSeconds(), start = DispatchTime.now().uptimeNanoseconds
            try body(i)
            timing.wall.samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            timing.cpu.samples.append(cpuSeconds() - cpuStart)
        }
        return timing
    }

    static func cpuSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
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
