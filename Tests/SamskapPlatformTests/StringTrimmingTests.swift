import Foundation
import XCTest
@testable import SamskapPlatform

/// The trimming helpers against Foundation's `trimmingCharacters(in:)`, which they replace.
final class StringTrimmingTests: XCTestCase {
    private let samples = [
        "", " ", "   ", "\t\n\r", "plain", "  two words  ", "\tTromsø\n", "\r\n x \r\n", "line\nbreak",
        "\u{A0}non-breaking\u{A0}", "\u{3000}ideographic\u{3000}", "\u{2028}separators\u{2029}", "\u{85}next line\u{85}",
        "\u{200B}zero width\u{200B}", "\u{FEFF}byte order mark\u{FEFF}", " \u{301}accent on a space ", "\u{2003}em\u{2009}",
        "\u{1680}ogham\u{202F}", "\u{0B}\u{0C}vertical and form feed\u{0C}", "é\u{20}", " Kárášjohka – Karasjok ",
    ]

    func testTrimsWhatFoundationTrims() {
        for text in samples {
            XCTAssertEqual(Array(text.trimmed().unicodeScalars),
                           Array(text.trimmingCharacters(in: .whitespacesAndNewlines).unicodeScalars), text.debugDescription)
            XCTAssertEqual(Array(text.trimmingSpaces().unicodeScalars),
                           Array(text.trimmingCharacters(in: .whitespaces).unicodeScalars), text.debugDescription)
            XCTAssertEqual(text.isBlank, text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, text.debugDescription)
            let slice = Substring(text)
            XCTAssertEqual(slice.trimmed(), text.trimmed(), "a substring trims as its string does")
        }
    }

    func testSpacesKeepLineBreaksAndAMarkKeepsItsPlace() {
        XCTAssertEqual("\n  text \t\n".trimmingSpaces(), "\n  text \t\n")
        XCTAssertEqual(" \ttext \t".trimmingSpaces(), "text")
        XCTAssertEqual("\n  text \t\n".trimmed(), "text")
        // Scalars, not characters, as in Foundation: the space goes, its accent stays.
        XCTAssertEqual(Array(" \u{301}x".trimmed().unicodeScalars), ["\u{301}", "x"])
        XCTAssertTrue(" \u{200B}\n\u{3000}".isBlank)
        XCTAssertFalse(" x ".isBlank)
    }

    func testScalarClassesAreFoundationsSets() {
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            XCTAssertEqual(scalar.isWhitespaceOrNewline, CharacterSet.whitespacesAndNewlines.contains(scalar), "U+\(String(value, radix: 16))")
            XCTAssertEqual(scalar.isHorizontalWhitespace, CharacterSet.whitespaces.contains(scalar), "U+\(String(value, radix: 16))")
        }
    }
}
