import Foundation
import XCTest
@testable import SamskapPlatform

/// Search folding against Foundation's `folding(options: [.caseInsensitive, .diacriticInsensitive], locale:)`.
final class SearchFoldingTests: XCTestCase {
    func testNorwegianAndSamiLetters() {
        XCTAssertEqual("čđŋšŧž".searchFolded(), "cđŋsŧz", "č, š, ž lose their hacek; đ, ŋ, ŧ are letters of their own")
        XCTAssertEqual("ČĐŊŠŦŽ".searchFolded(), "cđŋsŧz")
        XCTAssertEqual("áÁ".searchFolded(), "aa")
        XCTAssertEqual("æøå ÆØÅ".searchFolded(), "æøa æøa", "ø and æ do not decompose; å is a with a ring")
        XCTAssertEqual("Tromsø".searchFolded(), "tromsø")
        XCTAssertEqual("Kárášjohka – Karasjok".searchFolded(), "karasjohka – karasjok")
        XCTAssertEqual("Äö Üé Łódź".searchFolded(), "ao ue łodz")
        XCTAssertEqual("Straße ẞ".searchFolded(), "strasse ss")
        XCTAssertEqual("Cafe\u{301}".searchFolded(), "cafe", "an accent typed as a mark of its own goes too")
    }

    func testAgreesWithFoundationOnLatinGreekAndCyrillic() {
        let locale = Locale(identifier: "nb_NO")
        // Greek spacing accents that Foundation decomposes although their base is no letter.
        let known: Set<UInt32> = [0x344, 0x385, 0x1FC1, 0x1FED, 0x1FEE]
        let blocks: [ClosedRange<UInt32>] = [0...0x58F, 0x1D00...0x1FFF, 0x2C60...0x2C7F, 0xFB00...0xFB4F]
        for value in blocks.joined() where !known.contains(value) {
            guard let scalar = Unicode.Scalar(value), scalar.properties.age != nil,
                  (scalar.properties.age?.major ?? 99) < 16 else { continue }
            for text in [String(scalar), "a" + String(scalar), String(scalar) + "Z"] {
                XCTAssertEqual(text.searchFolded(), text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: locale),
                               "U+\(String(value, radix: 16))")
            }
        }
    }

    func testCaseFoldingAndContainment() {
        XCTAssertEqual("Straße".caseFolded(), "STRASSE".caseFolded())
        XCTAssertEqual("ÆRLIG".caseFolded(), "ærlig")
        XCTAssertEqual("ı".caseFolded(), "ı", "the dotless i folds to itself, as in Foundation")
        let pairs = [("Bodø kommune", "BODØ"), ("Straße", "STRASSE"), ("Tromsø", "troms"), ("café", "CAFÉ"),
                     ("café", "cafe"), ("abc", ""), ("", ""), ("Iğdır", "IĞDIR"), ("Kari Nordmann", "nord")]
        for (text, query) in pairs {
            XCTAssertEqual(text.containsIgnoringCase(query), text.localizedCaseInsensitiveContains(query), "\(text) / \(query)")
        }
    }
}
