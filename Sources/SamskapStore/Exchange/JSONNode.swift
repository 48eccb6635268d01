import FoundationEssentials

/// A JSON value as the file writes it, for checking against the schema: numbers keep their text (`2.5`, `1e308`,
/// `10000000000000000000` are told apart before anything rounds them), objects keep their members in order, and a
/// key written twice stays twice, so that it can be refused rather than silently read one way or the other.
indirect enum JSONNode: Sendable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([JSONNode])
    case object([Member])

    /// One member of an object.
    struct Member: Sendable {
        var key: String
        var value: JSONNode
    }

    /// Reads a file that `JSONSyntax` has passed (a byte order mark is skipped); nil if it is not JSON after all.
    static func parse(_ data: Data) -> JSONNode? {
        data.withUnsafeBytes { raw -> JSONNode? in
            var parser = Parser(bytes: raw)
            if raw.starts(with: [0xEF, 0xBB, 0xBF]) { parser.i = 3 }
            guard let value = parser.value(depth: 0) else { return nil }
            parser.skipSpace()
            return parser.i == raw.count ? value : nil
        }
    }

    /// The value as a message quotes it: a text as it is, a number as written.
    var shown: String {
        switch self {
        case .null: "null"
        case let .bool(value): "\(value)"
        case let .number(text): text
        case let .string(text): text
        case .array: "[…]"
        case .object: "{…}"
        }
    }
}

private struct Parser {
    let bytes: UnsafeRawBufferPointer
    var i = 0

    init(bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    private var peek: UInt8? { i < bytes.count ? bytes[i] : nil }

    mutating func skipSpace() {
        while let b = peek, b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { i += 1 }
    }

    mutating func value(depth: Int) -> JSONNode? {
        // `JSONSyntax` allows 512 levels; this guards the recursion should it ever be reached without that check.
        guard depth <= 512 else { return nil }
        skipSpace()
        guard let b = peek else { return nil }
        switch b {
        case UInt8(ascii: "{"):
            i += 1
            var members: [JSONNode.Member] = []
            while true {
                skipSpace()
                if peek == UInt8(ascii: "}") { i += 1; return .object(members) }
                guard let key = string() else { return nil }
                skipSpace()
                guard peek == UInt8(ascii: ":") else { return nil }
                i += 1
                guard let member = value(depth: depth + 1) else { return nil }
                members.append(JSONNode.Member(key: key, value: member))
                skipSpace()
                if peek == UInt8(ascii: ",") { i += 1; continue }
                guard peek == UInt8(ascii: "}") else { return nil }
            }
        case UInt8(ascii: "["):
            i += 1
            var items: [JSONNode] = []
            while true {
                skipSpace()
                if peek == UInt8(ascii: "]") { i += 1; return .array(items) }
                guard let item = value(depth: depth + 1) else { return nil }
                items.append(item)
                skipSpace()
                if peek == UInt8(ascii: ",") { i += 1; continue }
                guard peek == UInt8(ascii: "]") else { return nil }
            }
        case UInt8(ascii: "\""):
            return string().map(JSONNode.string)
        case UInt8(ascii: "t"): return word("true", .bool(true))
        case UInt8(ascii: "f"): return word("false", .bool(false))
        case UInt8(ascii: "n"): return word("null", .null)
        default:
            let start = i
            while let b = peek, b == UInt8(ascii: "-") || b == UInt8(ascii: "+") || b == UInt8(ascii: ".") || b == UInt8(ascii: "e")
                    || b == UInt8(ascii: "E") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b) { i += 1 }
            guard i > start else { return nil }
            return .number(String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
        }
    }

    private mutating func word(_ text: String, _ node: JSONNode) -> JSONNode? {
        for b in text.utf8 {
            guard peek == b else { return nil }
            i += 1
        }
        return node
    }

    private mutating func string() -> String? {
        guard peek == UInt8(ascii: "\"") else { return nil }
        i += 1
        let start = i
        // Most texts have no escape: take them straight from the bytes.
        while let b = peek, b != UInt8(ascii: "\""), b != UInt8(ascii: "\\") { i += 1 }
        guard let stop = peek else { return nil }
        if stop == UInt8(ascii: "\"") {
            i += 1
            return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<(i - 1)]), as: UTF8.self)
        }
        var out = Array(bytes[start..<i])
        while let b = peek {
            i += 1
            switch b {
            case UInt8(ascii: "\""):
                return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard let e = peek else { return nil }
                i += 1
                switch e {
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    guard let unit = hexQuad() else { return nil }
                    var scalarValue = UInt32(unit)
                    if (0xD800...0xDBFF).contains(unit) {
                        guard peek == UInt8(ascii: "\\"), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "u") else { return nil }
                        i += 2
                        guard let low = hexQuad(), (0xDC00...0xDFFF).contains(low) else { return nil }
                        scalarValue = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
                    }
                    guard let scalar = Unicode.Scalar(scalarValue) else { return nil }
                    out.append(contentsOf: String(Character(scalar)).utf8)
                default: out.append(e)
                }
            default:
                out.append(b)
            }
        }
        return nil
    }

    private mutating func hexQuad() -> UInt16? {
        guard i + 4 <= bytes.count else { return nil }
        var unit: UInt16 = 0
        for _ in 0..<4 {
            let b = bytes[i]
            let digit: UInt8
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = b - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = b - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = b - UInt8(ascii: "A") + 10
            default: return nil
            }
            unit = unit << 4 | UInt16(digit)
            i += 1
        }
        return unit
    }
}
