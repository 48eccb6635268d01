import Foundation
import SamskapCore
import SamskapGraphics
import SamskapStore
import TestSupport

/// Time to lay out and write the PDF report (layout, charts, fonts, file) for the demo project and for a
/// large generated project with 300 indicators. Targets in a release build: demo ≤ 150 ms, large ≤ 1.5 s.
/// Reported, never asserted.
func runReportBench() {
    let folder = benchFolder("report")
    let model = ModelFixture.realOrFixture(.nb)
    let demoURL = ResourceLocator.standard.data.appendingPathComponent("demo/housing.json")
    let date = Day(year: 2026, month: 3, day: 1)!
    var cases: [(String, ProjectDocument, Double)] = []
    if let data = try? Data(contentsOf: demoURL), let demo = try? ProjectExchange.decode(data) {
        cases.append(("demo", demo, 0.150))
    } else {
        print("report: demo project not found at \(demoURL.path); skipped")
    }
    let large = LargeProject.make(model: model, partners: 60, indicators: 300, measurements: 6_000, rounds: 8, respondentsPerRound: 20)
    cases.append(("large (300 indicators)", large, 1.5))
    for (name, document, target) in cases {
        let url = folder.appendingPathComponent("report.pdf")
        var pages = 0
        do {
            let timing = try Timing.measure(count: 5, warmup: 1) { _ in
                pages = try ReportExporter.exportPDF(document: document, model: model, to: url, language: .nb, date: date).pageCount
            }
            let flag = timing.median <= target ? "" : "  (over the \(ms(target)) target)"
            print("report \(name): \(pages) pages, median \(ms(timing.median)), p99 \(ms(timing.p99))\(flag)")
        } catch {
            print("report \(name): failed: \(error)")
        }
    }
    try? FileManager.default.removeItem(at: folder)
}
