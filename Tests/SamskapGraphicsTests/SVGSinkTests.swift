import Foundation
@testable import SamskapGraphics
import TestSupport
import XCTest

/// cairo's process-wide ids in an SVG are renumbered as the regular expression `\bsurface([0-9]+)\b` (and so on)
/// with `NSRegularExpression` renumbered them.
final class SVGSinkTests: XCTestCase {
    /// The renumbering as it was written with Foundation.
    private func renumberedByRegularExpression(_ data: Data) -> Data {
        var text = String(decoding: data, as: UTF8.self)
        for prefix in ["surface", "pattern", "image", "mask", "clip"] {
            let regex = try! NSRegularExpression(pattern: "\\b\(prefix)([0-9]+)\\b")
            let ns = text as NSString
            var mapping: [String: Int] = [:]
            var out = ""
            var last = 0
            for match in regex.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
                let number = ns.substring(with: match.range(at: 1))
                let new = mapping[number] ?? mapping.count + 1
                mapping[number] = new
                out += ns.substring(with: NSRange(location: last, length: match.range.location - last)) + "\(prefix)\(new)"
                last = match.range.location + match.range.length
            }
            text = out + ns.substring(from: last)
        }
        return Data(text.utf8)
    }

    func testRenumbersAsTheRegularExpressionDid() {
        let svg = "<svg><defs><image id=\"image12\"/><clipPath id=\"clip7\"><rect/></clipPath></defs>"
            + "<use xlink:href=\"#image12\"/><g clip-path=\"url(#clip7)\"><use xlink:href=\"#image3\"/></g>"
            + "<g id=\"surface40\">surface40x surface_1 mysurface2 surface007 surface7</g></svg>"
        let normalised = String(decoding: SVGSink.normalised(Data(svg.utf8)), as: UTF8.self)
        XCTAssertTrue(normalised.contains("<image id=\"image1\"/>"), normalised)
        XCTAssertTrue(normalised.contains("url(#clip1)"), normalised)
        XCTAssertTrue(normalised.contains("xlink:href=\"#image2\""), normalised)
        XCTAssertTrue(normalised.contains("surface40x surface_1 mysurface2 surface2 surface3"), normalised)

        let pieces = ["surface", "pattern", "image", "mask", "clip", "0", "1", "12", "007", "#", "_", "é", " ", "x", "\"",
                      "url(#", "-", "\u{301}", "٣", "\n", "🙂", "\u{200C}"]
        var random = SeededRandom(seed: 3)
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 1...24, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            let data = Data(text.utf8)
            XCTAssertEqual(SVGSink.normalised(data), renumberedByRegularExpression(data), text.debugDescription)
        }
    }
}
