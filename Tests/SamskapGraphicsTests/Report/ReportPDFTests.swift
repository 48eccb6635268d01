import Foundation
import SamskapCore
import TestSupport
import XCTest
@testable import SamskapGraphics

/// The demo report checked from outside with poppler: page size, metadata, fonts, text, outline and links.
final class ReportPDFTests: XCTestCase {
    private func export(_ language: Language, sections: [ReportSection] = ReportSection.allCases) throws -> (URL, ReportInfo, ProjectDocument) {
        let document = try ReportTestSupport.demo()
        let url = try ReportTestSupport.scratch("demo-\(language.rawValue)").appendingPathComponent("rapport.pdf")
        let info = try ReportExporter.exportPDF(document: document, model: ReportTestSupport.model(language), to: url, language: language,
                                                sections: sections, date: ReportTestSupport.date, creator: "Samskap 9.9.9")
        return (url, info, document)
    }

    func testInfoShowsA4PagesAndMetadata() throws {
        for language in Language.allCases {
            let (url, info, document) = try export(language)
            let fields = try ReportTestSupport.info(url)
            XCTAssertTrue(fields["Page size"]?.contains("(A4)") == true, "\(language): \(fields["Page size"] ?? "-")")
            XCTAssertEqual(fields["Pages"], String(info.pageCount))
            XCTAssertGreaterThan(info.pageCount, 8)
            XCTAssertEqual(fields["Creator"], "Samskap 9.9.9")
            XCTAssertTrue(fields["Title"]?.contains(document.project.name) == true, fields["Title"] ?? "-")
            XCTAssertEqual(fields["Author"], trf("%1$s municipality", in: language, "Drammen"))
            if language == .nb { XCTAssertEqual(fields["Author"], "Drammen kommune") }
            XCTAssertTrue(fields["Subject"]?.contains(document.project.name) == true)
            XCTAssertTrue(fields["CreationDate"]?.contains("2026") == true, fields["CreationDate"] ?? "-")
            XCTAssertGreaterThan(info.byteCount, 10_000)
        }
    }

    func testEveryFontIsEmbedded() throws {
        let (url, _, _) = try export(.nb)
        let lines = try ReportTestSupport.run("pdffonts", [url.path]).split(separator: "\n").dropFirst(2)
        XCTAssertFalse(lines.isEmpty)
        for line in lines {
            // Columns: name type encoding emb sub uni object ID; "emb" is the fourth from the end.
            let columns = line.split(separator: " ", omittingEmptySubsequences: true)
            XCTAssertEqual(columns[columns.count - 5], "yes", "not embedded: \(line)")
        }
        XCTAssertTrue(lines.contains { $0.contains("Inter") }, "Inter is not used")
    }

    func testTextHoldsHeadingsAndKeyFiguresInBothLanguages() throws {
        for language in Language.allCases {
            let (url, info, document) = try export(language)
            let text = ReportTestSupport.flat(try ReportTestSupport.text(url))
            for section in ReportSection.allCases {
                XCTAssertTrue(text.contains(section.name(language)), "\(language): missing heading \(section.name(language))")
            }
            for heading in info.headings where heading.level <= 2 {
                XCTAssertTrue(text.contains(heading.title), "\(language): missing heading \(heading.title)")
            }
            XCTAssertTrue(text.contains(tr("Contents", in: language)), "\(language): the contents")
            XCTAssertTrue(text.contains(document.project.name))
            for partner in document.partners { XCTAssertTrue(text.contains(partner.name), "missing partner \(partner.name)") }
            for indicator in document.indicators { XCTAssertTrue(text.contains(indicator.name), "missing indicator \(indicator.name)") }
            // Key figures: every target value as the report writes it, and the status words.
            let format = ReportFormat(language: language)
            for indicator in document.indicators {
                guard let target = indicator.target.value else { continue }
                let written = ReportTestSupport.flat(format.value(target, unit: indicator.unit))
                XCTAssertTrue(text.contains(written), "\(language): missing target \(written) of \(indicator.name)")
            }
            for status in document.indicatorProgress().map(\.status) {
                XCTAssertTrue(text.contains(status.name(language)), "missing status \(status.name(language))")
            }
            let footer = trf("Page %1$s of %2$s", in: language, "2", String(info.pageCount))
            XCTAssertTrue(text.contains(footer), "missing footer \(footer)")
            if language == .nb { XCTAssertEqual(footer, "Side 2 av \(info.pageCount)") }
            XCTAssertTrue(text.contains(language.isNorwegian ? "1. mars 2026" : "1 March 2026"), "\(language): the date")
        }
    }

    func testContentsLinksDestinationsAndOutlineExist() throws {
        let (url, info, _) = try export(.nb)
        let listed = info.headings.filter { $0.level <= 2 && !$0.number.isEmpty }
        let bytes = try Data(contentsOf: url)
        let raw = String(decoding: bytes, as: UTF8.self)
        let links = raw.components(separatedBy: "/Subtype /Link").count - 1
        XCTAssertEqual(links, listed.count, "one link per contents line")
        XCTAssertTrue(raw.contains("/Outlines"), "no outline")
        // Outline items carry /Title; so does the document information, once.
        let titles = raw.components(separatedBy: "/Title ").count - 1
        XCTAssertGreaterThanOrEqual(titles - 1, info.headings.filter { $0.level <= 2 }.count)
        // Every heading is a named destination ("h1", "h2" …), so links and bookmarks have a target.
        let destinations = try ReportTestSupport.run("pdfinfo", ["-dests", url.path])
        let named = destinations.split(separator: "\n").filter { $0.contains("\"h") }.count
        XCTAssertGreaterThanOrEqual(named, info.headings.count)
        // Every contents line's page number is the page its heading landed on.
        let contents = ReportTestSupport.flat(try ReportTestSupport.text(url, first: 2, last: 2))
        for heading in listed { XCTAssertTrue(contents.contains(heading.title), "contents lacks \(heading.title)") }
        for heading in listed {
            let page = ReportTestSupport.flat(try ReportTestSupport.text(url, first: heading.page, last: heading.page))
            XCTAssertTrue(page.contains("\(heading.number) \(heading.title)") || page.contains(heading.title), "\(heading.title) not on page \(heading.page)")
        }
    }

    func testChosenSectionsOnly() throws {
        let (url, info, _) = try export(.en, sections: [.method, .results])
        let chapters = info.headings.filter { $0.level == 1 && !$0.number.isEmpty }.map(\.title)
        XCTAssertEqual(chapters, ["The results", "About the method"], "document order, whatever order they were named in")
        let text = ReportTestSupport.flat(try ReportTestSupport.text(url))
        XCTAssertFalse(text.contains("The partners at a glance"))
        XCTAssertTrue(text.contains("1 The results") || text.contains("The results"))
    }

    func testWriteFailureNamesTheFile() throws {
        let document = try ReportTestSupport.demo()
        let url = URL(fileURLWithPath: "/nonexistent-folder-\(UUID().uuidString)/r.pdf")
        XCTAssertThrowsError(try ReportExporter.exportPDF(document: document, model: ReportTestSupport.model(.nb), to: url, language: .nb)) { error in
            guard let error = error as? UserFacingError else { return XCTFail("\(error)") }
            XCTAssertTrue(error.message(.nb).contains(url.path))
            XCTAssertTrue(error.message(.en).contains("Create it first"), error.message(.en))
        }
    }
}
