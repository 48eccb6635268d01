import XCTest
@testable import SamskapCore

/// Checks the list of municipalities in `data/municipalities` and the type-ahead search over it.
final class MunicipalityListTests: XCTestCase {
    func testTheListHoldsTheCurrentMunicipalities() throws {
        let list = try MunicipalityList.load()
        XCTAssertEqual(list.count, 357, "the municipalities in force from 1 January 2024")
        XCTAssertEqual(Set(list.map(\.number)).count, list.count, "numbers are unique")
        XCTAssertEqual(list.map(\.number), list.map(\.number).sorted(), "sorted by number")
        for m in list {
            XCTAssertEqual(m.number.count, 4, m.number)
            XCTAssertTrue(m.number.allSatisfy { $0.isASCII && $0.isNumber }, m.number)
            XCTAssertFalse(m.name.trimmingCharacters(in: .whitespaces).isEmpty, m.number)
            XCTAssertFalse(m.name.contains(" - "), "parallel names are joined with a spaced en dash: \(m.name)")
        }
        let byNumber = Dictionary(uniqueKeysWithValues: list.map { ($0.number, $0.name) })
        let known = ["0301": "Oslo", "4601": "Bergen", "5001": "Trondheim – Tråante", "3301": "Drammen",
                     "1103": "Stavanger", "5501": "Tromsø", "1508": "Ålesund", "1580": "Haram", "3218": "Ås",
                     "3226": "Aurskog-Høland", "5612": "Guovdageaidnu – Kautokeino", "4602": "Kinn"]
        for (number, name) in known { XCTAssertEqual(byNumber[number], name, number) }
        // Only county numbers in force since 2024.
        let counties = Set(list.map { String($0.number.prefix(2)) })
        XCTAssertEqual(counties, ["03", "11", "15", "18", "31", "32", "33", "34", "39", "40", "42", "46", "50", "55", "56"])
        let letters = list.map(\.name).joined()
        for letter in ["æ", "ø", "å", "Æ", "Ø", "Å"] where letter != "Æ" {
            XCTAssertTrue(letters.contains(letter), letter)
        }
    }

    func testTypeAheadFindsByNamePrefixWordAndNumber() throws {
        let list = try MunicipalityList.load()
        func names(_ q: String) -> [String] { MunicipalityList.matches(q, in: list).map(\.name) }

        XCTAssertEqual(names("dram").first, "Drammen")
        XCTAssertEqual(names("DRAMMEN"), ["Drammen"])
        XCTAssertEqual(MunicipalityList.matches("4601", in: list).map(\.number), ["4601"])
        XCTAssertTrue(MunicipalityList.matches("03", in: list).map(\.number) == ["0301"])
        XCTAssertEqual(MunicipalityList.matches("46", in: list).count, 43)
        // æ, ø, å are letters of their own.
        XCTAssertTrue(names("ås").contains("Ås"))
        XCTAssertFalse(names("as").contains("Ås"))
        XCTAssertTrue(names("as").contains("Asker"))
        XCTAssertFalse(names("ås").contains("Asker"))
        XCTAssertTrue(names("tromsø").contains("Tromsø"))
        XCTAssertTrue(names("troms").contains("Tromsø"))
        XCTAssertTrue(names("Bø").contains("Bø"))
        XCTAssertFalse(names("bo").contains("Bø"))
        // Other accents are ignored.
        XCTAssertTrue(names("karasjohka").contains("Kárášjohka – Karasjok"))
        XCTAssertTrue(names("porsangu").contains("Porsanger – Porsáŋgu – Porsanki"))
        // A later word is found, after the names that start with the text.
        let kau = names("kau")
        XCTAssertTrue(kau.contains("Guovdageaidnu – Kautokeino"))
        let karasjok = names("karasjok")
        XCTAssertEqual(karasjok, ["Kárášjohka – Karasjok"])
        let her = names("her")
        XCTAssertEqual(Array(her.prefix(2)), ["Herøy (Møre og Romsdal)", "Herøy (Nordland)"])
        let hol = names("hol")
        XCTAssertEqual(hol.prefix(4), ["Hol", "Hole", "Holmestrand", "Holtålen"])
        XCTAssertTrue(hol.firstIndex(of: "Aurskog-Høland") == nil, "ø is not o")
        let høl = names("høl")
        XCTAssertEqual(høl, ["Aurskog-Høland"])
        XCTAssertEqual(MunicipalityList.matches("  ", in: list).count, 357)
        XCTAssertEqual(names("xyz"), [])
    }

    func testNorwegianOrderPutsÆØÅLast() {
        let list = [Municipality(number: "0001", name: "Vågå"), Municipality(number: "0002", name: "Vøx"),
                    Municipality(number: "0003", name: "Værøy"), Municipality(number: "0004", name: "Vaksdal"),
                    Municipality(number: "0005", name: "Nedre Vik")]
        XCTAssertEqual(MunicipalityList.matches("v", in: list).map(\.name), ["Vaksdal", "Værøy", "Vøx", "Vågå", "Nedre Vik"])
        XCTAssertEqual(MunicipalityList.fold("Kárášjohka – Karasjok"), "karasjohka - karasjok")
        XCTAssertEqual(MunicipalityList.fold("Ålesund"), "ålesund")
    }
}
