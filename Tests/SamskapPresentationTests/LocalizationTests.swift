import SamskapCore
import XCTest
@testable import SamskapPresentation

final class LocalizationTests: XCTestCase {
    func testFormatFillsPositionalPlaceholders() {
        XCTAssertEqual(Format.fill("%2$s før %1$s", ["a", "b"]), "b før a")
        XCTAssertEqual(Format.fill("%s og %s", ["x", "y"]), "x og y")
        XCTAssertEqual(Format.fill("100 %% av %1$s", ["Ål"]), "100 % av Ål")
    }

    /// The window's `tr` is the catalogue's (re-exported by SamskapUI), in the window's language.
    func testTheWindowTranslatesThroughTheCatalogue() {
        XCTAssertEqual(tr("Partners"), tr("Partners", in: Translations.language))
        XCTAssertEqual(term(Sector.municipality), Sector.municipality.name(Translations.language))
    }
}
