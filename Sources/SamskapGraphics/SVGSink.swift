import Foundation

/// Collects the bytes cairo streams out for an SVG, and makes them deterministic.
final class SVGSink {
    var bytes = Data()

    /// Renumbers cairo's process-wide ids (`surface12`, `pattern3`, `image7`, `mask2`, `clip5`) in order of appearance.
    static func normalised(_ data: Data) -> Data {
        guard var text = String(data: data, encoding: .utf8) else { return data }
        for prefix in ["surface", "pattern", "image", "mask", "clip"] {
            text = renumber(text, prefix: prefix)
        }
        return Data(text.utf8)
    }

    private static func renumber(_ text: String, prefix: String) -> String {
        guard let regex = try? NSRegularExpression(pattern: "\\b\(prefix)([0-9]+)\\b") else { return text }
        let ns = text as NSString
        var mapping: [String: Int] = [:]
        var out = ""
        var last = 0
        for match in regex.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
            let number = ns.substring(with: match.range(at: 1))
            let new = mapping[number] ?? {
                let n = mapping.count + 1
                mapping[number] = n
                return n
            }()
            out += ns.substring(with: NSRange(location: last, length: match.range.location - last))
            out += "\(prefix)\(new)"
            last = match.range.location + match.range.length
        }
        out += ns.substring(from: last)
        return out
    }
}
