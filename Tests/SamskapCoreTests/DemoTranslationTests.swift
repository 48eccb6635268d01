import Foundation
import XCTest
@testable import SamskapCore

/// A translated demo (`data/demo/<name>.<language>.json`) is the bokmål demo with only its people's texts
/// in another language: same structure, ids, dates, numbers and enum values, so every language's demo
/// tells the same story with the same figures.
final class DemoTranslationTests: XCTestCase {
    /// The keys whose values are written by people; everything else must be equal in every language.
    private static let textKeys: Set<String> = [
        "name", "problem", "vision", "theoryOfChange", "area", "description", "text", "content", "role",
        "resources", "competences", "ownAgenda", "unit", "method", "dataSource", "source", "comment", "note",
        "learned", "adjusted", "wentWrong", "label",
    ]

    private func json(_ file: String) throws -> Any {
        let url = ResourceLocator.standard.data.appendingPathComponent("demo/\(file)")
        return try JSONSerialization.jsonObject(with: Data(contentsOf: url))
    }

    /// Walks both documents side by side and returns where they differ in anything but a text, and how
    /// many texts the translation changed.
    private func compare(_ original: Any, _ translated: Any, key: String?, path: String, into problems: inout [String], changed: inout Int) {
        switch (original, translated) {
        case let (a as [String: Any], b as [String: Any]):
            if Set(a.keys) != Set(b.keys) { problems.append("\(path): keys \(a.keys.sorted()) ≠ \(b.keys.sorted())") }
            for (k, v) in a { if let w = b[k] { compare(v, w, key: k, path: "\(path).\(k)", into: &problems, changed: &changed) } }
        case let (a as [Any], b as [Any]):
            if a.count != b.count { problems.append("\(path): \(a.count) ≠ \(b.count) elements") }
            for (i, (v, w)) in zip(a, b).enumerated() { compare(v, w, key: key, path: "\(path)[\(i)]", into: &problems, changed: &changed) }
        case let (a as String, b as String) where key.map(Self.textKeys.contains) == true:
            if a.isEmpty != b.isEmpty { problems.append("\(path): «\(a)» → «\(b)»") }
            if a != b { changed += 1 }
        default:
            if "\(original)" != "\(translated)" { problems.append("\(path): \(original) ≠ \(translated)") }
        }
    }

    func testNynorskDemosDifferFromBokmalOnlyInTheirTexts() throws {
        for name in ["housing", "incubator"] {
            var problems: [String] = []
            var changed = 0
            compare(try json("\(name).json"), try json("\(name).nn.json"), key: nil, path: name, into: &problems, changed: &changed)
            XCTAssertEqual(problems, [], name)
            XCTAssertGreaterThan(changed, 50, "\(name): the nynorsk demo translates its texts")
        }
    }
}
