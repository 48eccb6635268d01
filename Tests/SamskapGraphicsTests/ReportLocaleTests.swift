import FoundationEssentials
import Glibc
import SamskapCore
import TestSupport
import XCTest
@testable import SamskapGraphics

/// The window runs under the user's locale (GTK calls setlocale), where Norwegian writes a decimal comma.
/// cairo reads the numbers in a link's attributes with the C library, so a fractional "12.5" was misread there
/// and the PDF writer crashed on finishing the file.
final class ReportLocaleTests: XCTestCase {
    func testTheReportWritesItsLinksUnderANorwegianLocale() throws {
        let report = ReportExporter.paginate(document: ChartFixtures.rich(), model: ChartFixtures.model(), language: .nb)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("locale-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("r.pdf")
        let comma = try NorwegianNumericLocale.run { () throws -> String in
            _ = try ReportExporter.write(report, toPDF: url)
            return String(cString: localeconv().pointee.decimal_point)
        }
        guard let comma else { throw XCTSkip("no Norwegian locale could be built here") }
        XCTAssertEqual(comma, ",", "the report was written under a locale with a decimal comma")
        let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        XCTAssertGreaterThan(text.components(separatedBy: "/Subtype /Link").count - 1, 5, "the contents' entries link to their chapters")
    }
}
