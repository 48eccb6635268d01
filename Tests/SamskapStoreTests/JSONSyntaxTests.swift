import Foundation
import XCTest
@testable import SamskapStore
import TestSupport

/// The JSON check before import accepts and refuses what Foundation's `JSONSerialization` did, and says where.
final class JSONSyntaxTests: XCTestCase {
    private func acceptedByFoundation(_ data: Data) -> Bool {
        (try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])) != nil
    }

    private func accepted(_ data: Data) -> Bool { (try? JSONSyntax(checking: data)) != nil }

    func testAcceptsAndRefusesAsFoundationDid() {
        let samples = [
            "{}", "[]", "{\"a\": [1, 2.5, -0, 1e3, 1E-3, true, false, null, \"x\"]}", " \n\t{\"a\":{}}\r\n", "\"text\"", "12",
            "{\"a\":1,}", "[1,]", "\u{FEFF}{}", "{\"é\": \"\\u00e9\\n\\\"\\/\\\\\\b\\f\\r\\t\"}", "[\"\\ud83d\\ude00\"]",
            "", " ", "{", "[1,", "{\"a\" 1}", "{\"a\":}", "{a:1}", "{'a':1}", "[01]", "[-]", "[1.]", "[.5]", "[1e]", "[+1]",
            "[1,,2]", "[,]", "{,}", "[tru]", "[nul]", "[True]", "{\"a\":1}x", "{} {}", "[\"\u{1}\"]", "[\"\\x\"]",
            "[\"\\u12\"]", "[\"\\ud800\"]", "[\"\\udc00\"]", "[\"\\ud800\\u0041\"]", "[1e400]", "[-1e400]", "[\"unterminated]",
            "[1 2]", "[0x10]", "[NaN]", "[Infinity]", "{\"a\":1 \"b\":2}", "[\"tab\there\"]",
        ]
        for text in samples {
            let data = Data(text.utf8)
            XCTAssertEqual(accepted(data), acceptedByFoundation(data), text.debugDescription)
        }
        let notUTF8 = Data([0x5B, 0x22, 0xFF, 0x22, 0x5D])
        XCTAssertEqual(accepted(notUTF8), acceptedByFoundation(notUTF8))
    }

    func testRandomTextsAreJudgedAsFoundationJudgedThem() {
        let pieces = ["{", "}", "[", "]", ",", ":", "\"a\"", "\"", "1", "0", "-", ".", "e", "+", "true", "null", " ", "\n",
                      "\\", "\\u00", "x", "é", "01", "2.5", "\"\\n\"", "fals"]
        var random = SeededRandom(seed: 42)
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 1...12, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            let data = Data(text.utf8)
            XCTAssertEqual(accepted(data), acceptedByFoundation(data), text.debugDescription)
        }
    }

    func testReadsUTF16AndUTF32AsFoundationDid() throws {
        let text = "{\"format\": \"Tromsø\", \"n\": [1, 2]}"
        for encoding: String.Encoding in [.utf16, .utf16LittleEndian, .utf16BigEndian, .utf32, .utf32LittleEndian, .utf32BigEndian, .utf8] {
            let data = try XCTUnwrap(text.data(using: encoding))
            XCTAssertTrue(acceptedByFoundation(data), "\(encoding)")
            XCTAssertEqual(String(decoding: JSONSyntax.utf8(data), as: UTF8.self), text, "\(encoding)")
            XCTAssertTrue(accepted(JSONSyntax.utf8(data)), "\(encoding)")
        }
        XCTAssertEqual(JSONSyntax.utf8(Data("\u{FEFF}{}".utf8)), Data("\u{FEFF}{}".utf8), "UTF-8 stays as it is, mark and all")
        XCTAssertEqual(JSONSyntax.utf8(Data("7".utf8)), Data("7".utf8))
    }

    func testSaysWhereTheFaultIs() {
        func problem(_ text: String) -> String? {
            do { _ = try JSONSyntax(checking: Data(text.utf8)); return nil } catch { return error.description }
        }
        XCTAssertEqual(problem("{ not json"), "unexpected “n” at line 1, column 3")
        XCTAssertEqual(problem("{\n  \"format\": tru\n}"), "unexpected U+000A at line 2, column 16")
        XCTAssertEqual(problem("{\"a\": [1, 2"), "the file ends in the middle of a value")
        XCTAssertEqual(problem("{\"æøå\": 01}"), "a number with a leading zero at line 1, column 10")
        XCTAssertEqual(problem("[\"a\u{1}\"]"), "a control character inside a text (write it as an escape such as \\n) at line 1, column 4")
        XCTAssertEqual(problem("[1] x"), "text after the end of the JSON value at line 1, column 5")
        XCTAssertEqual(problem("[1e999]"), "the number 1e999 is too large at line 1, column 2")
        XCTAssertEqual(problem(String(repeating: "[", count: 513) + String(repeating: "]", count: 513)),
                       "nested more than 512 levels deep at line 1, column 513")
        XCTAssertNil(problem(String(repeating: "[", count: 512) + String(repeating: "]", count: 512)))
    }

    func testFindsTheTopLevelMembers() throws {
        let data = Data("{\"format\": \"samskap-project\", \"formatVersion\" : 1 , \"document\": {\"format\": 2}}".utf8)
        let syntax = try JSONSyntax(checking: data)
        XCTAssertTrue(syntax.isObject)
        XCTAssertEqual(Set(syntax.topLevelMembers.keys), ["format", "formatVersion", "document"])
        XCTAssertEqual(try JSONValue(decoding: data[try XCTUnwrap(syntax.topLevelMembers["format"])]), .string("samskap-project"))
        XCTAssertEqual(try JSONValue(decoding: data[try XCTUnwrap(syntax.topLevelMembers["formatVersion"])]), .number(1))
        // Indices of the data, also when the data is a slice of a larger buffer.
        let slice = (Data("xx".utf8) + data).dropFirst(2)
        let members = try JSONSyntax(checking: slice).topLevelMembers
        XCTAssertEqual(try JSONValue(decoding: slice[try XCTUnwrap(members["formatVersion"])]), .number(1))
        XCTAssertFalse(try JSONSyntax(checking: Data("[1]".utf8)).isObject)
    }

    func testQuotesTheValueAtADecodersPath() throws {
        struct Key: CodingKey {
            var stringValue: String, intValue: Int?
            init(_ name: String) { stringValue = name }
            init(_ index: Int) { stringValue = "Index \(index)"; intValue = index }
            init?(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { self.init(intValue) }
        }
        let data = Data("{\"document\": {\"partners\": [{\"sector\": \"x\"}, {\"sector\": \"kommune2\", \"n\": 11, \"f\": 1.5}]}}".utf8)
        XCTAssertEqual(JSONValue.at([Key("document"), Key("partners"), Key(1), Key("sector")], in: data)?.description, "kommune2")
        XCTAssertEqual(JSONValue.at([Key("document"), Key("partners"), Key(1), Key("n")], in: data)?.description, "11")
        XCTAssertEqual(JSONValue.at([Key("document"), Key("partners"), Key(1), Key("f")], in: data)?.description, "1.5")
        XCTAssertNil(JSONValue.at([Key("document"), Key("partners"), Key(1), Key("missing")], in: data))
        XCTAssertNil(JSONValue.at([Key("document"), Key("partners"), Key(5)], in: data))
    }
}
