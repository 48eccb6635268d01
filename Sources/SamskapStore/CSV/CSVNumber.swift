import FoundationEssentials
import SamskapCore

/// Numbers in CSV cells: read as the forms read them, written so that a Norwegian spreadsheet reads them back.
enum CSVNumber {
    /// Reads a cell: `12`, `12,5`, `12.5`, `-3,2`, `−3,2`, `1 234,5`; nil for anything else.
    ///
    /// Delegates to `Measurement.parseNumber` so that the window and the file accept the same numbers; the
    /// plain form that export writes is read straight from the bytes first, since an import has 100,000 of them.
    static func parse(_ text: String) -> Double? {
        parsePlain(text) ?? SamskapCore.Measurement.parseNumber(text)
    }

    /// `-?digits[,.digits]` read straight from the bytes.
    private static func parsePlain(_ text: String) -> Double? {
        var bytes = Array(text.utf8)
        guard !bytes.isEmpty, bytes.count < 40 else { return nil }
        var marks = 0, digits = 0
        for (i, b) in bytes.enumerated() {
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            case UInt8(ascii: ","), UInt8(ascii: "."):
                marks += 1
                bytes[i] = UInt8(ascii: ".")
            case UInt8(ascii: "-") where i == 0: break
            default: return nil
            }
        }
        guard digits > 0, marks <= 1 else { return nil }
        return Double(String(decoding: bytes, as: UTF8.self))
    }

    /// The text written on export: decimal comma, no grouping, no exponent, as short as still reads back the same.
    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        let text = expandExponent("\(value)")
        return String(decoding: text.utf8.map { $0 == UInt8(ascii: ".") ? UInt8(ascii: ",") : $0 }, as: UTF8.self)
    }

    /// `1.5e-05` → `0.000015`, `1e+16` → `10000000000000000`: spreadsheets and `parseNumber` read no exponents.
    private static func expandExponent(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "e")) || text.utf8.contains(UInt8(ascii: "E")),
              let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }), let exponent = Int(text[text.index(after: e)...]) else {
            return text
        }
        var mantissa = String(text[..<e])
        let negative = mantissa.hasPrefix("-")
        if negative { mantissa.removeFirst() }
        let point = mantissa.firstIndex(of: ".").map { mantissa.distance(from: mantissa.startIndex, to: $0) } ?? mantissa.count
        let digits = mantissa.filter { $0 != "." }
        let newPoint = point + exponent
        var result: String
        if newPoint <= 0 {
            result = "0." + String(repeating: "0", count: -newPoint) + digits
        } else if newPoint >= digits.count {
            result = digits + String(repeating: "0", count: newPoint - digits.count)
        } else {
            result = String(digits.prefix(newPoint)) + "." + String(digits.dropFirst(newPoint))
        }
        return (negative ? "-" : "") + result
    }
}
