import Foundation

/// Evaluates the colour expressions GTK's CSS allows (`#rgb`, `#rrggbb`, `@name`, `alpha()`, `mix()`, `shade()`,
/// `rgb()`, `rgba()`, `currentColor`, a few names) to opaque sRGB over a given background, for contrast checks.
struct CSSColor {
    var r: Double, g: Double, b: Double, a: Double

    /// The named colours of a theme, `@define-color` by `@define-color`, each evaluated when first used.
    typealias Names = [String: String]

    static func evaluate(_ expression: String, names: Names, current: CSSColor? = nil, depth: Int = 0) -> CSSColor? {
        let e = expression.trimmingCharacters(in: .whitespaces)
        guard depth < 20 else { return nil }
        if e == "currentColor" || e == "currentcolor" { return current ?? names["theme_fg_color"].flatMap { evaluate($0, names: names, depth: depth + 1) } }
        if e.hasPrefix("@") { return names[String(e.dropFirst())].flatMap { evaluate($0, names: names, current: current, depth: depth + 1) } }
        if e.hasPrefix("#") { return hex(String(e.dropFirst())) }
        switch e {
        case "white": return CSSColor(r: 1, g: 1, b: 1, a: 1)
        case "black": return CSSColor(r: 0, g: 0, b: 0, a: 1)
        case "transparent": return CSSColor(r: 0, g: 0, b: 0, a: 0)
        default: break
        }
        guard let open = e.firstIndex(of: "("), e.hasSuffix(")") else { return nil }
        let function = String(e[..<open])
        let arguments = splitArguments(String(e[e.index(after: open)..<e.index(before: e.endIndex)]))
        func color(_ i: Int) -> CSSColor? { arguments.indices.contains(i) ? evaluate(arguments[i], names: names, current: current, depth: depth + 1) : nil }
        func number(_ i: Int) -> Double? { arguments.indices.contains(i) ? Double(arguments[i].trimmingCharacters(in: .whitespaces)) : nil }
        switch function {
        case "alpha":
            guard var c = color(0), let a = number(1) else { return nil }
            c.a *= a
            return c
        case "mix":
            guard let x = color(0), let y = color(1), let t = number(2) else { return nil }
            return CSSColor(r: x.r + (y.r - x.r) * t, g: x.g + (y.g - x.g) * t, b: x.b + (y.b - x.b) * t, a: x.a + (y.a - x.a) * t)
        case "shade":
            guard let c = color(0), let k = number(1) else { return nil }
            return CSSColor(r: min(1, c.r * k), g: min(1, c.g * k), b: min(1, c.b * k), a: c.a)
        case "rgb", "rgba":
            let values = arguments.compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
            guard values.count >= 3 else { return nil }
            return CSSColor(r: values[0] / 255, g: values[1] / 255, b: values[2] / 255, a: values.count > 3 ? values[3] : 1)
        default:
            return nil
        }
    }

    /// This colour laid over an opaque background.
    func over(_ background: CSSColor) -> CSSColor {
        CSSColor(r: r * a + background.r * (1 - a), g: g * a + background.g * (1 - a), b: b * a + background.b * (1 - a), a: 1)
    }

    /// WCAG contrast ratio between two opaque colours.
    func contrast(with other: CSSColor) -> Double {
        func channel(_ c: Double) -> Double { c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
        func luminance(_ c: CSSColor) -> Double { 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b) }
        let (x, y) = (luminance(self), luminance(other))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }

    private static func hex(_ digits: String) -> CSSColor? {
        let full = digits.count == 3 ? digits.map { "\($0)\($0)" }.joined() : digits
        guard full.count == 6 || full.count == 8, let value = UInt64(full, radix: 16) else { return nil }
        let v = full.count == 8 ? value >> 8 : value
        return CSSColor(r: Double((v >> 16) & 0xFF) / 255, g: Double((v >> 8) & 0xFF) / 255, b: Double(v & 0xFF) / 255,
                        a: full.count == 8 ? Double(value & 0xFF) / 255 : 1)
    }

    /// Splits `a, f(b, c), d` at the top-level commas.
    private static func splitArguments(_ text: String) -> [String] {
        var parts: [String] = [], current = "", depth = 0
        for character in text {
            if character == "(" { depth += 1 }
            if character == ")" { depth -= 1 }
            if character == ",", depth == 0 {
                parts.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        parts.append(current)
        return parts.map { $0.trimmingCharacters(in: .whitespaces) }
    }
}

/// A style sheet's rules: each selector list with its declarations; comments removed.
struct CSSRules {
    struct Rule {
        var selectors: String
        var declarations: [String: String]
    }

    var rules: [Rule] = []
    /// `@define-color` lines.
    var names: CSSColor.Names = [:]

    init(_ text: String) {
        var source = text
        while let start = source.range(of: "/*"), let end = source.range(of: "*/", range: start.upperBound..<source.endIndex) {
            source.removeSubrange(start.lowerBound..<end.upperBound)
        }
        for line in source.split(separator: "\n") where line.trimmingCharacters(in: .whitespaces).hasPrefix("@define-color") {
            let parts = line.trimmingCharacters(in: .whitespaces).dropFirst("@define-color".count).trimmingCharacters(in: .whitespaces)
            guard let space = parts.firstIndex(of: " ") else { continue }
            names[String(parts[..<space])] = String(parts[parts.index(after: space)...]).trimmingCharacters(in: CharacterSet(charactersIn: " ;"))
        }
        for block in source.split(separator: "}") {
            guard let open = block.firstIndex(of: "{") else { continue }
            let selectors = block[..<open].split(separator: "\n").filter { !$0.contains("@define-color") }.joined(separator: " ")
                .trimmingCharacters(in: .whitespacesAndNewlines)
            var declarations: [String: String] = [:]
            for declaration in block[block.index(after: open)...].split(separator: ";") {
                guard let colon = declaration.firstIndex(of: ":") else { continue }
                declarations[declaration[..<colon].trimmingCharacters(in: .whitespacesAndNewlines)] =
                    declaration[declaration.index(after: colon)...].trimmingCharacters(in: .whitespacesAndNewlines)
            }
            rules.append(Rule(selectors: selectors, declarations: declarations))
        }
    }
}
