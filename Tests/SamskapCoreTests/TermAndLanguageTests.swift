import XCTest
@testable import SamskapCore

final class TermAndLanguageTests: XCTestCase {
    func testMatchingByCodeOrNameInEitherLanguageAnyCase() {
        XCTAssertEqual(Sector.matching("publicAgency"), .publicAgency)
        XCTAssertEqual(Sector.matching("PUBLICAGENCY"), .publicAgency)
        XCTAssertEqual(Sector.matching("kommune"), .municipality)
        XCTAssertEqual(Sector.matching("  Næringsliv "), .business)
        XCTAssertEqual(Sector.matching("næringsliv"), .business)
        XCTAssertEqual(Sector.matching("Civil society and volunteers"), .civilSociety)
        XCTAssertEqual(IndicatorLevel.matching("Virkning"), .outcome)
        XCTAssertEqual(IndicatorLevel.matching("impact"), .impact)
        XCTAssertEqual(AnchorDirection.matching("Opp (fortøyning)"), .up)
        XCTAssertEqual(StaircaseStep.matching("Samskapende"), .coCreating)
    }

    func testMatchingRejectsWhatIsNoTerm() {
        XCTAssertNil(Sector.matching(""))
        XCTAssertNil(Sector.matching("kommun"))
        XCTAssertNil(IndicatorLevel.matching("effekter"))
        XCTAssertNil(Direction.matching("up"))
    }

    func testEveryTermHasDistinctNamesInBothLanguages() {
        func check<T: Term>(_: T.Type) {
            let cases = T.allCases.map { $0 }
            XCTAssertEqual(Set(cases.map { $0.name(.nb).lowercased() }).count, cases.count, "\(T.self) nb")
            XCTAssertEqual(Set(cases.map { $0.name(.en).lowercased() }).count, cases.count, "\(T.self) en")
            for c in cases {
                XCTAssertFalse(c.name(.nb).isEmpty || c.name(.en).isEmpty)
                XCTAssertEqual(T.matching(c.rawValue), c)
                XCTAssertEqual(T.matching(c.name(.nb)), c)
                XCTAssertEqual(T.matching(c.name(.en).uppercased()), c)
            }
        }
        check(Sector.self); check(CitizenRole.self); check(AnchorDirection.self); check(IndicatorLevel.self)
        check(IndicatorKind.self); check(Direction.self); check(Frequency.self); check(CirclePhase.self)
        check(Responsibility.self); check(CoCreationDepth.self); check(StaircaseStep.self); check(IndicatorStatus.self)
        check(DimensionKind.self)
    }

    func testLanguageFromEnvironment() {
        XCTAssertEqual(Language.fromEnvironment([:]), .nb, "bokmål when nothing is said")
        XCTAssertEqual(Language.fromEnvironment(["LANG": "en_US.UTF-8"]), .en)
        XCTAssertEqual(Language.fromEnvironment(["LANG": "nb_NO.UTF-8"]), .nb)
        XCTAssertEqual(Language.fromEnvironment(["LANG": "nn_NO.UTF-8"]), .nn)
        XCTAssertEqual(Language.fromEnvironment(["LANGUAGE": "nn", "LANG": "C.UTF-8"]), .nn)
        XCTAssertEqual(Language.fromEnvironment(["LANG": "no_NO"]), .nb)
        XCTAssertEqual(Language.fromEnvironment(["LANG": "de_DE.UTF-8"]), .en, "other languages get English")
        // LANGUAGE wins over LC_ALL and LANG, and only its first entry counts.
        XCTAssertEqual(Language.fromEnvironment(["LANGUAGE": "en:nb", "LANG": "nb_NO.UTF-8"]), .en)
        XCTAssertEqual(Language.fromEnvironment(["LANGUAGE": "nb:en", "LC_ALL": "en_GB.UTF-8"]), .nb)
        // Empty values and C / POSIX say nothing: look further.
        XCTAssertEqual(Language.fromEnvironment(["LANGUAGE": "", "LANG": "en_GB.UTF-8"]), .en)
        XCTAssertEqual(Language.fromEnvironment(["LC_ALL": "C", "LANG": "en_GB.UTF-8"]), .en)
        XCTAssertEqual(Language.fromEnvironment(["LC_ALL": "C.UTF-8"]), .nb)
        XCTAssertEqual(Language.fromEnvironment(["LC_MESSAGES": "POSIX", "LANG": "nb_NO"]), .nb)
        XCTAssertEqual(Language.fromEnvironment(["LC_MESSAGES": "en_US", "LANG": "nb_NO"]), .en)
    }

    func testLocalizedTextIsTranslatedInTheLanguageAskedFor() {
        // From the catalogue (po/nb.po compiled by po/compile.sh); English is the source text itself.
        let t = LocalizedText("Sector")
        XCTAssertEqual(t.text(.nb), "Sektor")
        XCTAssertEqual(t.text(.en), "Sector")
        XCTAssertEqual(Sector.municipality.name(.nb), "Kommune")
    }
}
