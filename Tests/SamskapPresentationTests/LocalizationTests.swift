import SamskapCore
import XCTest
@testable import SamskapPresentation

final class LocalizationTests: XCTestCase {
    func testReadsEntriesWithEscapesAndContinuations() {
        let po = """
        # comment
        msgid ""
        msgstr ""
        "Content-Type: text/plain; charset=UTF-8\\n"

        #: Sources/x.swift:1
        msgid "Partners"
        msgstr "Aktører"

        msgid "Delete “%1$s”?"
        msgstr ""
        "Slette «%1$s»?"

        #, fuzzy
        msgid "Close"
        msgstr "Lukk"

        msgid "Untranslated"
        msgstr ""

        msgid "Line\\none"
        msgstr "Linje\\nen \\"sitat\\""
        """
        let catalog = Catalog(po: po)
        XCTAssertEqual(catalog.translate("Partners"), "Aktører")
        XCTAssertEqual(catalog.translate("Delete “%1$s”?"), "Slette «%1$s»?")
        XCTAssertEqual(catalog.translate("Close"), "Close", "fuzzy entries are not used")
        XCTAssertEqual(catalog.translate("Untranslated"), "Untranslated")
        XCTAssertEqual(catalog.translate("Line\none"), "Linje\nen \"sitat\"")
        XCTAssertNil(catalog.entries[""])
    }

    func testFormatFillsPositionalPlaceholders() {
        XCTAssertEqual(Format.fill("%2$s før %1$s", ["a", "b"]), "b før a")
        XCTAssertEqual(Format.fill("%s og %s", ["x", "y"]), "x og y")
        XCTAssertEqual(Format.fill("100 %% av %1$s", ["Ål"]), "100 % av Ål")
    }
}

final class CatalogFilesTests: XCTestCase {
    /// Every text of the template has a bokmål translation, and placeholders survive translation.
    func testBokmalIsComplete() throws {
        let resources = ResourceLocator.standard.resources
        let template = try String(contentsOf: resources.appendingPathComponent("po/samskap.pot"), encoding: .utf8)
        let ids = Set(template.components(separatedBy: "\nmsgid ").dropFirst().compactMap { entry -> String? in
            Catalog(po: "msgid " + entry.replacingOccurrences(of: "msgstr \"\"", with: "msgstr \"x\"")).entries.keys.first
        })
        XCTAssertGreaterThan(ids.count, 100)
        let nb = Catalog.load(.nb, resources: resources)
        for id in ids {
            let translated = nb.translate(id)
            if id != "%1$s: %2$s" && id != "Add" { XCTAssertNotNil(nb.entries[id], "no bokmål for “\(id)”") }
            for placeholder in ["%1$s", "%2$s"] where id.contains(placeholder) {
                XCTAssertTrue(translated.contains(placeholder), "“\(translated)” lost \(placeholder)")
            }
        }
    }
}
