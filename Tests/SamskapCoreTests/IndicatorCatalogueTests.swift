import XCTest
@testable import SamskapCore

/// Checks the indicator catalogue in `data/catalogue` and making a project indicator from an entry.
final class IndicatorCatalogueTests: XCTestCase {
    func testTheCatalogueCoversEveryAreaAndLevel() throws {
        let catalogue = try IndicatorCatalogue.load()
        XCTAssertGreaterThanOrEqual(catalogue.count, 40)
        XCTAssertLessThanOrEqual(catalogue.count, 55)
        XCTAssertEqual(Set(catalogue.map(\.id)).count, catalogue.count, "ids are unique")
        XCTAssertEqual(Set(catalogue.map(\.area)), Set(CatalogueArea.allCases))
        XCTAssertEqual(Set(catalogue.map(\.level)), Set(IndicatorLevel.allCases))
        XCTAssertTrue(catalogue.contains { $0.kind == .qualitative })
        XCTAssertTrue(catalogue.contains { $0.direction == .lowerIsBetter })
        for area in CatalogueArea.allCases {
            let entries = IndicatorCatalogue.entries(in: area, of: catalogue)
            XCTAssertGreaterThanOrEqual(entries.count, 5, "\(area)")
            XCTAssertTrue(entries.contains { $0.level == .output }, "\(area) needs an output indicator")
            XCTAssertTrue(entries.contains { $0.level == .outcome }, "\(area) needs an outcome indicator")
        }
        for e in catalogue {
            XCTAssertTrue(e.id.hasPrefix(e.area.rawValue + "."), e.id)
            for text in [e.name, e.method, e.source] {
                XCTAssertFalse(text.nb.isEmpty, e.id)
                XCTAssertFalse(text.en.isEmpty, e.id)
                XCTAssertNotEqual(text.nb, text.en, "\(e.id): not translated")
            }
            if e.kind == .quantitative {
                XCTAssertFalse(e.unit.nb.isEmpty, e.id)
                XCTAssertFalse(e.unit.en.isEmpty, e.id)
            }
        }
    }

    func testAnEntryBecomesAProjectIndicator() throws {
        let catalogue = try IndicatorCatalogue.load()
        let entry = try XCTUnwrap(catalogue.first { $0.id == "housing.days-temporary" })
        let nb = entry.makeIndicator(language: .nb)
        XCTAssertEqual(nb.catalogueID, "housing.days-temporary")
        XCTAssertEqual(nb.name, entry.name.nb)
        XCTAssertEqual(nb.unit, entry.unit.nb)
        XCTAssertEqual(nb.dataSource, entry.source.nb)
        XCTAssertEqual(nb.level, .outcome)
        XCTAssertEqual(nb.direction, .lowerIsBetter)
        XCTAssertEqual(nb.frequency, .quarterly)
        XCTAssertNil(nb.responsiblePartnerID)
        let en = entry.makeIndicator(language: .en)
        XCTAssertEqual(en.name, entry.name.en)
        XCTAssertEqual(en.method, entry.method.en)
        XCTAssertNotEqual(en.id, nb.id, "each indicator made gets its own id")
    }
}
