import FoundationEssentials
import SamskapCore

/// Checks that a file is JSON before `JSONDecoder` reads it, and says where it is not.
///
/// `JSONDecoder` reports any syntax error as "The given data was not valid JSON." with no place, and lets through
/// what the exchange format always refused (numbers with leading zeros, raw control characters in texts, lone
/// surrogates), since Foundation's `JSONSerialization` read files first; FoundationEssentials has no such parser.
/// The rules are Foundation's: RFC 8259 with a trailing comma allowed before `]` and `}`, a UTF-8 byte order mark
/// skipped, nesting up to 512 levels.
struct JSONSyntax {
    /// Where each member's value in the top-level object lies in the data (indices of the data), by key, so that
    /// `format` can be looked at before the whole document is decoded. Empty when the top level is not an object.
    private(set) var topLevelMembers: [String: Range<Int>] = [:]
    /// Whether the top-level value is an object.
    private(set) var isObject = false

    /// Checks the file; throws a `JSONSyntax.Problem` that names the line and column of the first fault.
    init(checking data: Data) throws(Problem) {
        var problem: Problem?
        data.withUnsafeBytes { bytes in
            var scanner = Scanner(bytes: bytes)
            do throws(Problem) {
                try scanner.document()
                topLevelMembers = scanner.topLevelMembers.mapValues { (data.startIndex + $0.lowerBound)..<(data.startIndex + $0.upperBound) }
                isObject = scanner.isObject
            } catch {
                problem = error
            }
        }
        if let problem { throw problem }
    }

    /// The file as UTF-8. JSON in UTF-16 or UTF-32, told by a byte order mark or by where zero bytes fall among the
    /// first four, is converted, as `JSONSerialization` converted it; anything else is left as it is.
    static func utf8(_ data: Data) -> Data {
        let head = Array(data.prefix(4))
        let (encoding, markLength): (String.Encoding?, Int) = {
            if head.count == 4 {
                if head.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return (.utf32BigEndian, 4) }
                if head.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return (.utf32LittleEndian, 4) }
                if head.starts(with: [0xFF, 0xFE]) { return (.utf16LittleEndian, 2) }
                if head.starts(with: [0xFE, 0xFF]) { return (.utf16BigEndian, 2) }
                switch (head[0], head[1], head[2], head[3]) {
                case (0, 0, 0, _): return (.utf32BigEndian, 0)
                case (_, 0, 0, 0): return (.utf32LittleEndian, 0)
                case (0, _, 0, _): return (.utf16BigEndian, 0)
                case (_, 0, _, 0): return (.utf16LittleEndian, 0)
                default: return (nil, 0)
                }
            }
            if head.count >= 2, head[0] == 0 { return (.utf16BigEndian, 0) }
            if head.count >= 2, head[1] == 0 { return (.utf16LittleEndian, 0) }
            return (nil, 0)
        }()
        guard let encoding, let text = String(data: data.dropFirst(markLength), encoding: encoding) else { return data }
        return Data(text.utf8)
    }

    /// A fault in the file, in words for the import's error message.
    struct Problem: Error, Equatable, CustomStringConvertible {
        /// The fault and its place, in both languages.
        let text: LocalizedText
        /// In English, as tests and logs read it.
        var description: String { text.en }
    }
}

private struct Scanner {
    let bytes: UnsafeRawBufferPointer
    var i = 0
    var topLevelMembers: [String: Range<Int>] = [:]
    var isObject = false

    init(bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    private static let maximumDepth = 512

    mutating func document() throws(JSONSyntax.Problem) {
        try checkUTF8()
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
        skipSpace()
        isObject = peek == UInt8(ascii: "{")
        try value(depth: 0)
        skipSpace()
        if i < bytes.count { throw problem(LocalizedText("text after the end of the JSON value"), at: i) }
    }

    private var peek: UInt8? { i < bytes.count ? bytes[i] : nil }

    private mutating func skipSpace() {
        while let b = peek, b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { i += 1 }
    }

    private mutating func value(depth: Int) throws(JSONSyntax.Problem) {
        skipSpace()
        guard let b = peek else { throw endOfFile }
        switch b {
        case UInt8(ascii: "{"): try object(depth: depth + 1)
        case UInt8(ascii: "["): try array(depth: depth + 1)
        case UInt8(ascii: "\""): try string()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
        default: throw unexpected()
        }
    }

    private mutating func object(depth: Int) throws(JSONSyntax.Problem) {
        if try openList(closing: UInt8(ascii: "}"), depth: depth) { return }
        while true {
            skipSpace()
            guard peek == UInt8(ascii: "\"") else { throw peek == nil ? endOfFile : unexpected() }
            let keyStart = i
            try string()
            let key = keyStart..<i
            skipSpace()
            guard peek == UInt8(ascii: ":") else { throw peek == nil ? endOfFile : unexpected() }
            i += 1
            skipSpace()
            let valueStart = i
            try value(depth: depth)
            if depth == 1, let name = try? JSONDecoder().decode(String.self, from: Data(bytes[key])) {
                topLevelMembers[name] = valueStart..<i
            }
            if try endOfList(closing: UInt8(ascii: "}")) { return }
        }
    }

    private mutating func array(depth: Int) throws(JSONSyntax.Problem) {
        if try openList(closing: UInt8(ascii: "]"), depth: depth) { return }
        while true {
            try value(depth: depth)
            if try endOfList(closing: UInt8(ascii: "]")) { return }
        }
    }

    /// Steps past the opening bracket of an object or array; true when the list closes at once.
    private mutating func openList(closing: UInt8, depth: Int) throws(JSONSyntax.Problem) -> Bool {
        guard depth <= Self.maximumDepth else { throw problem(LocalizedText("nested more than %1$s levels deep", "\(Self.maximumDepth)"), at: i) }
        i += 1
        skipSpace()
        guard peek == closing else { return false }
        i += 1
        return true
    }

    /// After a member or an element: true at the closing bracket, false after a comma with more to come.
    private mutating func endOfList(closing: UInt8) throws(JSONSyntax.Problem) -> Bool {
        skipSpace()
        guard let b = peek else { throw endOfFile }
        if b == closing { i += 1; return true }
        guard b == UInt8(ascii: ",") else { throw unexpected() }
        i += 1
        skipSpace()
        if peek == closing { i += 1; return true }
        return false
    }

    private mutating func literal(_ word: String) throws(JSONSyntax.Problem) {
        for b in word.utf8 {
            guard let actual = peek else { throw endOfFile }
            guard actual == b else { throw unexpected() }
            i += 1
        }
    }

    private mutating func string() throws(JSONSyntax.Problem) {
        i += 1
        while let b = peek {
            switch b {
            case UInt8(ascii: "\""):
                i += 1
                return
            case 0..<0x20:
                throw problem(LocalizedText("a control character inside a text (write it as an escape such as \\n)"), at: i)
            case UInt8(ascii: "\\"):
                try escape()
            default:
                i += 1
            }
        }
        throw endOfFile
    }

    private mutating func escape() throws(JSONSyntax.Problem) {
        let start = i
        i += 1
        guard let b = peek else { throw endOfFile }
        i += 1
        switch b {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
             UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            return
        case UInt8(ascii: "u"):
            let unit = try hexQuad(escapeStart: start)
            if (0xDC00...0xDFFF).contains(unit) { throw problem(LocalizedText("a lone low surrogate escape"), at: start) }
            guard (0xD800...0xDBFF).contains(unit) else { return }
            let second = i
            guard peek == UInt8(ascii: "\\"), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "u") else {
                throw peek == nil ? endOfFile : problem(LocalizedText("a high surrogate escape without its low surrogate"), at: start)
            }
            i += 2
            guard (0xDC00...0xDFFF).contains(try hexQuad(escapeStart: second)) else {
                throw problem(LocalizedText("a high surrogate escape without its low surrogate"), at: start)
            }
        default:
            throw problem(LocalizedText("an unknown escape"), at: start)
        }
    }

    private mutating func hexQuad(escapeStart: Int) throws(JSONSyntax.Problem) -> UInt16 {
        var unit: UInt16 = 0
        for _ in 0..<4 {
            guard let b = peek else { throw endOfFile }
            let digit: UInt8
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = b - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = b - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = b - UInt8(ascii: "A") + 10
            default: throw problem(LocalizedText("a \\u escape without four hexadecimal digits"), at: escapeStart)
            }
            unit = unit << 4 | UInt16(digit)
            i += 1
        }
        return unit
    }

    private mutating func number() throws(JSONSyntax.Problem) {
        let start = i
        if peek == UInt8(ascii: "-") { i += 1 }
        guard let first = peek else { throw endOfFile }
        guard isDigit(first) else { throw unexpected() }
        i += 1
        if first == UInt8(ascii: "0"), let next = peek, isDigit(next) { throw problem(LocalizedText("a number with a leading zero"), at: i) }
        skipDigits()
        var exponent = false
        if peek == UInt8(ascii: ".") {
            i += 1
            try digits()
        }
        if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
            exponent = true
            i += 1
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { i += 1 }
            try digits()
        }
        switch peek {
        case nil, 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"): break
        default: throw unexpected()
        }
        // Only an exponent or over 308 digits can leave a double's range.
        if exponent || i - start > 308 {
            let text = String(decoding: bytes[start..<i], as: UTF8.self)
            if let value = Double(text), !value.isFinite { throw problem(LocalizedText("the number %1$s is too large", "\(text)"), at: start) }
        }
    }

    private mutating func digits() throws(JSONSyntax.Problem) {
        guard let b = peek else { throw endOfFile }
        guard isDigit(b) else { throw unexpected() }
        skipDigits()
    }

    private mutating func skipDigits() {
        while let b = peek, isDigit(b) { i += 1 }
    }

    private func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }

    private func checkUTF8() throws(JSONSyntax.Problem) {
        var parser = Unicode.UTF8.ForwardParser()
        var input = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &input) {
            case let .valid(encoded): offset += encoded.count
            case .emptyInput: return
            case .error: throw problem(LocalizedText("bytes that are not UTF-8"), at: offset)
            }
        }
    }

    private var endOfFile: JSONSyntax.Problem {
        JSONSyntax.Problem(text: LocalizedText("the file ends in the middle of a value"))
    }

    /// The character at the reader, named; the file is known to be UTF-8 by now.
    private func unexpected() -> JSONSyntax.Problem {
        let lead = bytes[i]
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        let text = String(decoding: bytes[i..<min(i + length, bytes.count)], as: UTF8.self)
        let scalar = text.unicodeScalars.first ?? "?"
        let visible = !scalar.properties.isWhitespace && scalar.properties.generalCategory != .control
            && scalar.properties.generalCategory != .format
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        // A character shown as the language quotes it; one that cannot be seen, by its code.
        return problem(LocalizedText("unexpected %1$s") { language in [visible ? trf("“%1$s”", in: language, text) : code] }, at: i)
    }

    /// The fault with its place: line and column count from 1, the column in characters.
    private func problem(_ what: LocalizedText, at offset: Int) -> JSONSyntax.Problem {
        var line = 1
        var column = 1
        for b in bytes[..<min(offset, bytes.count)] {
            if b == 0x0A {
                line += 1
                column = 1
            } else if b & 0xC0 != 0x80 {
                column += 1
            }
        }
        let at = (line: String(line), column: String(column))
        return JSONSyntax.Problem(text: LocalizedText("%1$s at line %2$s, column %3$s") { language in [what.text(language), at.line, at.column] })
    }
}
