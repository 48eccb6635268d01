import Foundation
import XCTest

/// Every text colour `Resources/style.css` sets meets WCAG AA (4.5:1) against what it is drawn on, under the stylesheet
/// the app actually uses (libadwaita's), read from the installed library: its light, dark and high-contrast variants.
final class StyleSheetContrastTests: XCTestCase {
    private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The named colours of one variant of libadwaita's stylesheet (which the app draws with), from its compiled
    /// resources: the base sheet (its high-contrast form for `hc`) with the light or dark defaults.
    private func themeNames(_ variant: String) throws -> CSSColor.Names {
        let library = ["/usr/lib/x86_64-linux-gnu/libadwaita-1.so.0", "/usr/lib/aarch64-linux-gnu/libadwaita-1.so.0"]
            .first { FileManager.default.fileExists(atPath: $0) }
        guard let library, FileManager.default.isExecutableFile(atPath: "/usr/bin/gresource") else {
            throw XCTSkip("libadwaita or gresource (libglib2.0-bin) is not installed")
        }
        let base = variant.hasPrefix("hc") ? "base-hc" : "base"
        let defaults = variant.hasSuffix("dark") ? "defaults-dark" : "defaults-light"
        var names: CSSColor.Names = [:]
        for sheet in [base, defaults] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/gresource")
            process.arguments = ["extract", library, "/org/gnome/Adwaita/styles/\(sheet).css"]
            let out = Pipe()
            process.standardOutput = out
            try process.run()
            let data = out.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            names.merge(CSSRules(String(decoding: data, as: UTF8.self)).names) { _, later in later }
        }
        XCTAssertNotNil(names["theme_fg_color"], "no named colours in libadwaita's \(variant) stylesheet")
        XCTAssertNotNil(names["window_bg_color"], "no light or dark defaults in libadwaita's \(variant) stylesheet")
        return names
    }

    func testEveryTextColourReadsOnItsBackground() throws {
        let sheet = CSSRules(try String(contentsOf: Self.root.appendingPathComponent("Resources/style.css"), encoding: .utf8))
        var checked = 0
        for variant in ["light", "dark", "hc", "hc-dark"] {
            var names = try themeNames(variant)
            names.merge(sheet.names) { _, ours in ours }
            let window = try XCTUnwrap(CSSColor.evaluate("@theme_bg_color", names: names))
            let base = try XCTUnwrap(CSSColor.evaluate("@theme_base_color", names: names))
            for rule in sheet.rules {
                guard let expression = rule.declarations["color"], expression != "inherit" else { continue }
                // A rule with its own background, or inside one that has it (`.toast button`), is read on it; otherwise on
                // the window and on a field or list alike.
                let ancestor = rule.selectors.split(separator: " ").first.map(String.init)
                let background = rule.declarations["background-color"]
                    ?? sheet.rules.first { $0.selectors == ancestor && $0.selectors != rule.selectors }?.declarations["background-color"]
                let grounds: [CSSColor]
                if let own = background, let fill = CSSColor.evaluate(own, names: names) {
                    grounds = [fill.over(window)]
                } else {
                    grounds = [window, base]
                }
                for ground in grounds {
                    let current = CSSColor.evaluate("@theme_fg_color", names: names)
                    guard let ink = CSSColor.evaluate(expression, names: names, current: current) else {
                        XCTFail("\(variant): cannot evaluate «\(expression)» of \(rule.selectors)")
                        continue
                    }
                    let ratio = ink.over(ground).contrast(with: ground)
                    let needed = isLarge(rule, in: sheet) ? 3.0 : 4.5
                    checked += 1
                    XCTAssertGreaterThanOrEqual(ratio, needed, "\(variant): \(rule.selectors) { color: \(expression) } is \(String(format: "%.2f", ratio)):1")
                }
            }
        }
        XCTAssertGreaterThan(checked, 40, "the style sheet's text colours were found")
    }

    /// Large text as WCAG counts it (18 pt, or 14 pt bold), from the rule or the rule it varies (`.a:checked` of `.a`).
    private func isLarge(_ rule: CSSRules.Rule, in sheet: CSSRules) -> Bool {
        let base = rule.selectors.split(separator: ":").first.map(String.init)
        let rules = [rule] + sheet.rules.filter { $0.selectors == base }
        guard let size = rules.lazy.compactMap({ $0.declarations["font-size"] }).first.flatMap({ Double($0.replacingOccurrences(of: "pt", with: "")) })
        else { return false }
        let weight = rules.lazy.compactMap { $0.declarations["font-weight"] }.first.flatMap(Int.init) ?? 400
        return size >= 18 || (size >= 14 && weight >= 700)
    }

    func testTheEvaluatorAgreesWithKnownValues() {
        let names: CSSColor.Names = ["fg": "#000000", "bg": "#ffffff"]
        let white = CSSColor(r: 1, g: 1, b: 1, a: 1)
        XCTAssertEqual(CSSColor.evaluate("@fg", names: names)!.contrast(with: white), 21, accuracy: 0.01)
        XCTAssertEqual(CSSColor.evaluate("alpha(@fg, 0.5)", names: names)!.over(white).r, 0.5, accuracy: 0.001)
        XCTAssertEqual(CSSColor.evaluate("mix(@fg, @bg, 0.25)", names: names)!.g, 0.25, accuracy: 0.001)
        XCTAssertEqual(CSSColor.evaluate("#767676", names: names)!.contrast(with: white), 4.54, accuracy: 0.02)
    }
}
