import Foundation
import SamskapCore
import SamskapGraphics
import TestSupport
import XCTest

/// The report is a tagged PDF: a structure tree in reading order with headings, paragraphs, tables and figures, each
/// figure with an alternative text, and the document's language, so that a screen reader can read it.
final class TaggedPDFTests: XCTestCase {
    private func export(_ language: Language) throws -> (url: URL, folder: URL) {
        let folder = try ReportTestSupport.scratch("tagged")
        let url = folder.appendingPathComponent("r.pdf")
        try ReportExporter.exportPDF(document: try ReportTestSupport.demo(), model: try ReportTestSupport.model(language), to: url,
                                     language: language, date: ReportTestSupport.date)
        return (url, folder)
    }

    /// The figures' alternative texts, decoded from the UTF-16 hex strings the PDF holds.
    private func alternatives(_ url: URL) throws -> [String] {
        let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        let pattern = try NSRegularExpression(pattern: "/Alt <FEFF([0-9A-F]*)>")
        return pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
            let hex = Array(text[Range(match.range(at: 1), in: text)!])
            var units: [UInt16] = []
            var i = 0
            while i + 3 < hex.count {
                units.append(UInt16(String(hex[i..<i + 4]), radix: 16)!)
                i += 4
            }
            return String(decoding: units, as: UTF16.self)
        }
    }

    /// GTK sets the process's locale from the environment: under nb_NO.UTF-8 the C library reads "56.5" as 56, and the
    /// contents' links once reached cairo with numbers it could not read (cairo aborted the app mid-export).
    func testTheContentsLinkUnderANorwegianLocaleAsUnderC() throws {
        func links(_ url: URL) throws -> Int {
            String(decoding: try Data(contentsOf: url), as: UTF8.self).components(separatedBy: "/Subtype /Link").count - 1
        }
        let (plain, plainFolder) = try export(.nb)
        defer { try? FileManager.default.removeItem(at: plainFolder) }
        let previous = String(cString: setlocale(LC_NUMERIC, nil))
        guard setlocale(LC_NUMERIC, "nb_NO.UTF-8") != nil else {
            return XCTFail("the nb_NO.UTF-8 locale is missing: `make deps-test` generates it")
        }
        defer { setlocale(LC_NUMERIC, previous) }
        let (norwegian, folder) = try export(.nb)
        defer { try? FileManager.default.removeItem(at: folder) }
        XCTAssertGreaterThan(try links(plain), 5, "the contents link to their chapters")
        XCTAssertEqual(try links(norwegian), try links(plain))
    }

    func testTheStructureTreeHoldsHeadingsParagraphsTablesAndFigures() throws {
        let (url, folder) = try export(.nb)
        defer { try? FileManager.default.removeItem(at: folder) }
        XCTAssertEqual(try ReportTestSupport.info(url)["Tagged"], "yes")
        let tree = try ReportTestSupport.run("pdfinfo", ["-struct", url.path])
        let lines = tree.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        XCTAssertEqual(lines.first, "Document")
        for element in ["H1 (block)", "H2 (block)", "H3 (block)", "P (block)", "Table (block)", "TR", "TH", "TD", "Figure"] {
            XCTAssertTrue(lines.contains(element), "no \(element) in the structure tree")
        }
        // Reading order: the title page's paragraphs, then the contents' heading, before any chapter.
        let firstHeading = try XCTUnwrap(lines.firstIndex(of: "H1 (block)"))
        XCTAssertTrue(lines[..<firstHeading].contains("P (block)"))
        // pdftotext still reads the file with its update appended.
        XCTAssertTrue(try ReportTestSupport.run("pdftotext", [url.path, "-"]).contains("Trygg bolig Drammen"))
    }

    func testEveryFigureHasItsAlternativeTextAndTheDocumentItsLanguage() throws {
        for (language, tag) in [(Language.nb, "(nb-NO)"), (.en, "(en)")] {
            let (url, folder) = try export(language)
            defer { try? FileManager.default.removeItem(at: folder) }
            let figures = try ReportTestSupport.run("pdfinfo", ["-struct", url.path]).split(separator: "\n")
                .filter { $0.trimmingCharacters(in: .whitespaces) == "Figure" }.count
            let alts = try alternatives(url)
            XCTAssertGreaterThan(figures, 5)
            XCTAssertEqual(alts.count, figures, "\(language): one alternative text per figure")
            XCTAssertTrue(alts.allSatisfy { $0.count > 20 }, "\(language): \(alts)")
            let model = try ReportTestSupport.model(language)
            let first = try XCTUnwrap(alts.first, "\(language): no alternative text at all")
            XCTAssertTrue(first.hasPrefix(ChartKind.model.title.text(language)), first)
            XCTAssertTrue(alts.contains { $0.contains(model.fields[0].name) }, "a chart's alternative names what it shows")
            let raw = String(decoding: try Data(contentsOf: url), as: UTF8.self)
            XCTAssertTrue(raw.contains("/Lang \(tag)"), "\(language): the catalogue names the language")
            XCTAssertTrue(raw.contains("/DisplayDocTitle true"))
        }
    }
}
