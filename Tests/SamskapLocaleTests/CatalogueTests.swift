import XCTest
@testable import SamskapLocale

/// The catalogue as the program reads it: po/nb.po compiled into .build/locale by po/compile.sh (`make test` and
/// Tests/UI/run_all.py run it first). The process speaks bokmål here: nothing in the environment asks otherwise.
final class CatalogueTests: XCTestCase {
    override func setUpWithError() throws {
        try XCTSkipIf(Catalogue.directory.map { !FileManager.default.fileExists(atPath: "\($0)/nb/LC_MESSAGES/samskap.mo") } ?? true,
                      "no compiled catalogue: run po/compile.sh (make test does)")
    }

    func testATextComesInTheLanguageAskedForAndInEnglishUnchanged() {
        XCTAssertEqual(tr("Partners", in: .nb), "Samarbeidspartnere")
        XCTAssertEqual(tr("Partners", in: .en), "Partners")
        XCTAssertEqual(tr("A text the catalogue does not have", in: .nb), "A text the catalogue does not have")
    }

    func testPlaceholdersAreFilledInTheTranslationsOrder() {
        XCTAssertEqual(trf("Open %1$s", in: .nb, "x.samskap"), "Åpne x.samskap")
        XCTAssertEqual(Format.fill("%2$s før %1$s", ["a", "b"]), "b før a")
    }

    func testACountChoosesTheFormByTheLanguagesPluralRule() {
        XCTAssertEqual(trn("%1$s partner", "%1$s partners", 1, in: .nb), "1 samarbeidspartner")
        XCTAssertEqual(trn("%1$s partner", "%1$s partners", 3, in: .nb), "3 samarbeidspartnere")
        XCTAssertEqual(trn("%1$s partner", "%1$s partners", 0, in: .en), "0 partners")
        XCTAssertEqual(LocalizedText.forCount("%1$s activity", "%1$s activities", 2).text(.nb), "2 aktiviteter")
    }

    func testAContextTellsTheSameEnglishWordApart() {
        XCTAssertEqual(tr("Measured", in: .nb), "Målt")
        XCTAssertEqual(trc("how often it is measured", "Measured", in: .nb), "Måles")
        XCTAssertEqual(LocalizedText.inContext("chart label, short for a partner", "Partner").text(.nb), "Partner")
        XCTAssertEqual(tr("Partner", in: .nb), "Samarbeidspartner")
    }

    func testTheLanguagesSpokenAreEnglishAndThoseWithACatalogue() {
        XCTAssertTrue(Catalogue.speaks(.en))
        XCTAssertTrue(Catalogue.speaks(.nb))
        let nynorsk = FileManager.default.fileExists(atPath: "\(Catalogue.directory!)/nn/LC_MESSAGES/samskap.mo")
        XCTAssertEqual(Catalogue.speaks(.nn), nynorsk)
    }

    func testAnotherLanguageForAMomentLeavesTheProcesssLanguageAsItWas() {
        let own = Language.current
        _ = tr("Partners", in: .en)
        XCTAssertEqual(Language.current, own)
        XCTAssertEqual(tr("Partners"), tr("Partners", in: own))
        XCTAssertEqual(String(cString: getenv("LANGUAGE")), Catalogue.code, "LANGUAGE is put back")
    }

    func testTranslatingFromManyThreadsAtOnceGivesEachItsOwnLanguage() {
        DispatchQueue.concurrentPerform(iterations: 200) { i in
            let language: Language = i % 2 == 0 ? .nb : .en
            XCTAssertEqual(tr("Partners", in: language), language == .nb ? "Samarbeidspartnere" : "Partners")
        }
    }
}
