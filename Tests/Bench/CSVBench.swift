import Foundation
import SamskapCore
import SamskapStore
import TestSupport

/// Times `samskap import-csv` of 100,000 measurements for 1,000 indicators into a project file: read the CSV,
/// load the project, parse and plan, save in one transaction. Target: at most 2 s in total.
///
/// The CSV is the export of a large project, so it carries measurement ids as a re-import after editing would;
/// the project file holds the same indicators (and partners, goals, a few rounds) but no measurements, so every
/// row is an addition: the heaviest case. A second run imports a spreadsheet without ids into the filled file,
/// where every row must be matched by content instead.
func runCSVBench() {
    let source = LargeProject.make(model: ModelFixture.make(), measurements: 100_000, rounds: 2, respondentsPerRound: 10)
    var empty = source
    empty.measurements = []
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("samskap-csv-bench-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    do {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let csvURL = folder.appendingPathComponent("målinger.csv")
        let clock = ContinuousClock()
        var text = ""
        let exportTime = clock.measure { text = MeasurementCSV.export(source, language: .nb) }
        try Data(text.utf8).write(to: csvURL)
        let projectURL = folder.appendingPathComponent("bench.samskap")
        try ProjectFile.create(at: projectURL, document: empty).close()

        let file = try ProjectFile.open(at: projectURL)
        defer { file.close() }
        // Wall time is what the user waits; CPU time is shown beside it because the benchmark machine is shared.
        let start = Stopwatch()
        let data = try Data(contentsOf: csvURL)
        let document = try file.load()
        let loaded = start.lap()
        let plan = try MeasurementCSV.changes(importing: data, into: document)
        let planned = start.lap()
        try file.apply(plan.changes)
        let saved = start.lap()
        let count = try file.load().measurements.count

        print("csv export:  \(source.measurements.count) measurements in \(seconds(exportTime)) (\(text.utf8.count / 1024) KiB)")
        print("csv import:  \(plan.added) added, file now holds \(count); read+load \(loaded), parse+plan \(planned - loaded), "
              + "transaction \(saved - planned)")
        print("csv import total: \(saved) (target ≤ 2 s wall) \(saved.wall <= 2 ? "OK" : "TOO SLOW")")

        // Re-import without ids (what a hand-made spreadsheet looks like): every row matched by content, nothing added.
        let withoutIDs = spreadsheetWithoutIDs(source)
        let again = Stopwatch()
        let replan = try MeasurementCSV.changes(importing: withoutIDs, into: try file.load())
        try file.apply(replan.changes)
        print("csv reimport without ids: \(replan.added) added, \(replan.unchanged) unchanged in \(again.lap())")
    } catch let error as UserFacingError {
        print("csv bench failed: \(error.message(.en))")
    } catch {
        print("csv bench failed: \(error)")
    }
}

/// The measurements as someone would type them: name, date, value or note, nothing else.
private func spreadsheetWithoutIDs(_ document: ProjectDocument) -> String {
    func cell(_ text: String) -> String {
        text.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r\n" })
            ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }
    let names = Dictionary(document.indicators.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
    var lines = ["indikator;dato;verdi;notat;kilde"]
    for m in document.measurements {
        let value = m.value.map { String($0).replacingOccurrences(of: ".", with: ",") } ?? ""
        lines.append([cell(names[m.indicatorID] ?? ""), m.date.formatted(.nb), value, cell(m.note), cell(m.source)].joined(separator: ";"))
    }
    return lines.joined(separator: "\n")
}

/// Wall and CPU time since it was made.
private struct Stopwatch {
    struct Lap: CustomStringConvertible {
        var wall: Double, cpu: Double
        static func - (a: Lap, b: Lap) -> Lap { Lap(wall: a.wall - b.wall, cpu: a.cpu - b.cpu) }
        var description: String { String(format: "%.3f s (cpu %.3f s)", wall, cpu) }
    }
    private let wall = ContinuousClock.now
    private let cpu = Stopwatch.cpuNow()

    func lap() -> Lap {
        let (s, atto) = (ContinuousClock.now - wall).components
        return Lap(wall: Double(s) + Double(atto) / 1e18, cpu: Stopwatch.cpuNow() - cpu)
    }

    private static func cpuNow() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}

private func seconds(_ duration: Duration) -> String {
    let (s, attoseconds) = duration.components
    return String(format: "%.3f s", Double(s) + Double(attoseconds) / 1e18)
}
