import Foundation
import SamskapCore
import SamskapGraphics
import TestSupport
import XCTest

/// The plan drawn: a changed target is a step in the indicator's chart, the report prints the chain, the assumptions
/// still unsupported, the target's history and the plan checks.
final class PlanGraphicsTests: XCTestCase {
    /// The plan fixture with the participants' target lowered from 50 to 35 on 1 September 2025.
    private func revisedPlan() -> ProjectDocument {
        var doc = Fixtures.planDocument()
        let old = doc.indicators[0]
        var edited = old
        edited.target.value = 35
        doc.indicators[0] = old.revised(to: edited, on: Fixtures.day("2025-09-01"), reason: "Færre kom enn ventet")
        doc.measurements.append(Measurement(indicatorID: old.id, date: Fixtures.day("2025-11-01"), value: 28))
        return doc
    }

    /// The horizontal runs of the dashed target line in an SVG of the one-indicator panel, as their y values.
    private func targetLevels(_ document: ProjectDocument) throws -> Set<String> {
        var doc = document
        doc.indicators = [doc.indicators[0]]
        doc.measurements = doc.measurements.filter { $0.indicatorID == doc.indicators[0].id }
        let svg = String(decoding: try ChartExport.svgData(.indicators, data: ChartData(document: doc, model: Fixtures.model()),
                                                           width: 1280, height: 800, theme: .light, language: .nb).bytes, as: UTF8.self)
        // cairo writes a dashed stroke as a path with stroke-dasharray; its points are "M x y L x y …".
        var levels = Set<String>()
        for element in svg.components(separatedBy: "<path").dropFirst() where element.contains("stroke-dasharray") {
            guard let d = element.components(separatedBy: "d=\"").dropFirst().first?.components(separatedBy: "\"").first else { continue }
            let numbers = d.split(whereSeparator: { "MLCZ ".contains($0) }).map(String.init)
            guard numbers.count >= 8 else { continue }            // a step line has at least four points
            for i in stride(from: 1, to: numbers.count, by: 2) { levels.insert(numbers[i]) }
        }
        return levels
    }

    func testAChangedTargetIsAStepInTheIndicatorsChart() throws {
        XCTAssertEqual(try targetLevels(revisedPlan()).count, 2, "two target levels: 50 until September, 35 after")
        XCTAssertEqual(try targetLevels(Fixtures.planDocument()).count, 0, "an unchanged target is one straight line")
    }

    func testTheReportPrintsTheChainTheAssumptionsTheHistoryAndTheAdvice() throws {
        let folder = try FileManager.default.temporaryDirectory.appendingPathComponent("samskap-plan-\(UUID().uuidString.prefix(6))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("plan.pdf")
        _ = try ReportExporter.exportPDF(document: revisedPlan(), model: Fixtures.model(.en), to: url, language: .en,
                                     sections: [.results, .method], date: Fixtures.day("2026-03-01"))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext") else { throw XCTSkip("poppler-utils missing") }
        process.arguments = ["-raw", url.path, "-"]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        XCTAssertTrue(flat.contains("The theory of change"), text)
        XCTAssertTrue(flat.contains("Supported by experience"), text)
        XCTAssertTrue(flat.contains("Assumptions not yet supported"), text)
        XCTAssertTrue(flat.contains("Antall deltakere → Færre føler seg ensomme"), text)
        XCTAssertTrue(flat.contains("Changed targets"), text)
        XCTAssertTrue(flat.contains("Færre kom enn ventet"), text)
        XCTAssertTrue(flat.contains("Advice on the plan"), text)
        XCTAssertTrue(flat.contains("is still an assumption"), text)
    }
}
