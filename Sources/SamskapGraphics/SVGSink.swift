import FoundationEssentials

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

    /// Replaces every whole word `prefix` + digits (`\bsurface[0-9]+\b` as a regular expression) with the prefix and
    /// its number in order of first appearance. By hand over the bytes: FoundationEssentials has no
    /// `NSRegularExpression`, and an SVG of a large chart is megabytes long.
    private static func renumber(_ text: String, prefix: String) -> String {
        let bytes = Array(text.utf8), word = Array(prefix.utf8)
        var mapping: [ArraySlice<UInt8>: Int] = [:]
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0, copied = 0
        while i < bytes.count {
            guard bytes[i] == word[0], bytes[i...].starts(with: word), !followsWord(i, in: bytes) else {
                i += 1
                continue
            }
            let digits = i + word.count
            var end = digits
            while end < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[end]) { end += 1 }
            guard end > digits, !continuesWord(at: end, in: bytes) else {
                i += 1
                continue
            }
            let number = mapping[bytes[digits..<end]] ?? {
                let n = mapping.count + 1
                mapping[bytes[digits..<end]] = n
                return n
            }()
            out += bytes[copied..<i]
            out += word
            out += "\(number)".utf8
            copied = end
            i = end
        }
        out += bytes[copied...]
        return String(decoding: out, as: UTF8.self)
    }

    // `\b` as ICU finds it: between a character of `\w` and one that is not, passing over combining marks and
    // format characters (such as the zero-width joiners), which belong to the character before them.

    /// Whether the last character before `index` that counts is a word character.
    private static func followsWord(_ index: Int, in bytes: [UInt8]) -> Bool {
        var start = index
        while start > 0 {
            start -= 1
            while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
            let scalar = scalar(at: start, in: bytes)
            if !isPassedOver(scalar) { return isWordCharacter(scalar) }
        }
        return false
    }

    /// Whether the character at `index` keeps a word going: no boundary can come before it.
    private static func continuesWord(at index: Int, in bytes: [UInt8]) -> Bool {
        guard index < bytes.count else { return false }
        let scalar = scalar(at: index, in: bytes)
        return isPassedOver(scalar) || isWordCharacter(scalar)
    }

    private static func isPassedOver(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isGraphemeExtend || scalar.properties.generalCategory == .format
    }

    /// A character of `\w`: a letter, mark, decimal digit or connector such as "_", or a zero-width (non-)joiner.
    private static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .connectorPunctuation: true
        default: scalar.properties.isAlphabetic || scalar.value == 0x200C || scalar.value == 0x200D
        }
    }

    private static func scalar(at index: Int, in bytes: [UInt8]) -> Unicode.Scalar {
        var input = bytes[index...].makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        guard case let .valid(encoded) = parser.parseScalar(from: &input) else { return "\u{FFFD}" }
        return Unicode.UTF8.decode(encoded)
    }
}
