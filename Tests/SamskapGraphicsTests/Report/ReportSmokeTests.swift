import Foundation
import SamskapCore
import TestSupport
import XCTest
@testable import SamskapGraphics

/// Writes the demo report to a known place, for looking at it by eye (`SAMSKAP_REPORT_OUT`).
final class ReportSmokeTests: XCTestCase {
    func testWritesDemoReportForInspection() throws {
        guard let out = ProcessInfo.processInfo.environment["SAMSKAP_REPORT_OUT"] else { throw XCTSkip("set SAMSKAP_REPORT_OUT to a folder") }
        for language in Language.allCases {
            let url = URL(fileURLWithPath: out).appendingPathComponent("demo-\(language.rawValue).pdf")
            let started = Date()
            let info = try ReportExporter.exportPDF(document: ReportTestSupport.demo(), model: ReportTestSupport.model(language),
                                                    to: url, language: language, date: ReportTestSupport.date)
            print("report \(language): \(info.pageCount) pages in \(Int(Date().timeIntervalSince(started) * 1000)) ms")
        }
        let model = try ReportTestSupport.model(.nb)
        let large = LargeProject.make(model: model, partners: 40, indicators: 300, measurements: 3_000, rounds: 6, respondentsPerRound: 12)
        let started = Date()
        let info = try ReportExporter.exportPDF(document: large, model: model, to: URL(fileURLWithPath: out).appendingPathComponent("large-nb.pdf"),
                                                language: .nb, date: ReportTestSupport.date)
        print("report large: \(info.pageCount) pages in \(Int(Date().timeIntervalSince(started) * 1000)) ms")
    }
}
