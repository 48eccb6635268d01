import Foundation
import XCTest
@testable import SamskapPlatform

/// The character classes that stand in for Foundation's `CharacterSet` members.
final class CharacterClassesTests: XCTestCase {
    func testControlCharactersAreFoundationsSet() {
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            XCTAssertEqual(scalar.isControlCharacter, CharacterSet.controlCharacters.contains(scalar), "U+\(String(value, radix: 16))")
        }
    }

    func testAlphanumericsAreFoundationsSetWhereItKnowsTheCharacter() {
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let foundation = CharacterSet.alphanumerics.contains(scalar)
            if foundation {
                XCTAssertTrue(scalar.isAlphanumeric, "U+\(String(value, radix: 16))")
            } else if scalar.isAlphanumeric {
                // Letters Unicode added after the tables Foundation was built with.
                let age = scalar.properties.age
                XCTAssertGreaterThanOrEqual(age?.major ?? 0, 16, "U+\(String(value, radix: 16))")
            }
        }
        XCTAssertTrue(Unicode.Scalar("ŋ").isAlphanumeric)
        XCTAssertTrue(Unicode.Scalar("٣").isAlphanumeric)
        XCTAssertFalse(Unicode.Scalar("-").isAlphanumeric)
    }
}
