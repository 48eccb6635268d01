import FoundationEssentials
import SamskapCore

/// Translations read from a gettext PO file: msgid → msgstr.
///
/// A small reader instead of GLib's `dgettext`, which needs compiled `.mo` files and a build step.
/// Handles multi-line strings, the usual escapes and `msgctxt` (ignored); skips fuzzy and empty entries.
public struct Catalog: Sendable {
    /// Translated text by source text.
    public var entries: [String: String] = [:]

    /// An empty catalog: every text stays as written.
    public init() {}

    /// Parses the text of a PO file.
    ///
    /// Works on the UTF-8 bytes (every PO keyword, quote and escape is ASCII): the catalog is read before the
    /// window's first frame, and Foundation's trimming and substrings took tens of milliseconds for it.
    public init(po text: String) {
        var pending = Pending()
        var current: Field?
        var entries: [String: String] = [:]

        func flush() {
            if let id = pending.msgid, let str = pending.msgstr, !id.isEmpty, !str.isEmpty, !pending.fuzzy {
                entries[String(decoding: id, as: UTF8.self)] = String(decoding: str, as: UTF8.self)
            }
            pending = Pending()
            current = nil
        }

        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { all in
            var start = 0
            while start <= all.count {
                var end = start
                while end < all.count, all[end] != UInt8(ascii: "\n") { end += 1 }
                let line = Self.trimmed(UnsafeBufferPointer(rebasing: all[start..<end]))
                start = end + 1
                if line.isEmpty {
                    flush()
                } else if Self.has(line, prefix: "#,") {
                    if pending.msgstr != nil { flush() }
                    pending.fuzzy = Self.contains(line, "fuzzy")
                } else if line[0] == UInt8(ascii: "#") {
                    continue
                } else if Self.has(line, prefix: "msgctxt ") {
                    if pending.msgstr != nil { flush() }
                    current = nil
                } else if Self.has(line, prefix: "msgid ") {
                    if pending.msgstr != nil { flush() }
                    pending.msgid = Self.unquote(UnsafeBufferPointer(rebasing: line[6...]))
                    current = .msgid
                } else if Self.has(line, prefix: "msgstr ") {
                    pending.msgstr = Self.unquote(UnsafeBufferPointer(rebasing: line[7...]))
                    current = .msgstr
                } else if line[0] == UInt8(ascii: "\""), let field = current {
                    switch field {
                    case .msgid: pending.msgid = (pending.msgid ?? []) + Self.unquote(line)
                    case .msgstr: pending.msgstr = (pending.msgstr ?? []) + Self.unquote(line)
                    }
                }
            }
        }
        flush()
        self.entries = entries
    }

    /// The translation, or the text itself.
    public func translate(_ text: String) -> String { entries[text] ?? text }

    /// Loads `po/<language>.po` from the resources folder; empty when missing.
    public static func load(_ language: Language, resources: URL) -> Catalog {
        let url = resources.appendingPathComponent("po/\(language.rawValue).po")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return Catalog() }
        return Catalog(po: text)
    }

    private enum Field { case msgid, msgstr }

    /// An entry being read, as UTF-8 bytes.
    private struct Pending {
        var msgid: [UInt8]?
        var msgstr: [UInt8]?
        var fuzzy = false
    }

    private static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    /// The line without the spaces and tabs around it.
    private static func trimmed(_ line: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var lower = 0, upper = line.count
        while lower < upper, isBlank(line[lower]) { lower += 1 }
        while upper > lower, isBlank(line[upper - 1]) { upper -= 1 }
        return UnsafeBufferPointer(rebasing: line[lower..<upper])
    }

    private static func has(_ line: UnsafeBufferPointer<UInt8>, prefix: StaticString) -> Bool {
        guard line.count >= prefix.utf8CodeUnitCount else { return false }
        for i in 0..<prefix.utf8CodeUnitCount where line[i] != prefix.utf8Start[i] { return false }
        return true
    }

    private static func contains(_ line: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        let n = word.utf8CodeUnitCount
        guard line.count >= n else { return false }
        return (0...(line.count - n)).contains { offset in
            (0..<n).allSatisfy { line[offset + $0] == word.utf8Start[$0] }
        }
    }

    /// The bytes of a quoted PO string with its escapes resolved; empty when it is not quoted.
    private static func unquote(_ quoted: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        let s = trimmed(quoted)
        let quote = UInt8(ascii: "\"")
        guard s.count >= 2, s[0] == quote, s[s.count - 1] == quote else { return [] }
        var out: [UInt8] = []
        out.reserveCapacity(s.count - 2)
        var escaping = false
        for byte in s[1..<(s.count - 1)] {
            if escaping {
                switch byte {
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "t"): out.append(0x09)
                case quote, UInt8(ascii: "\\"): out.append(byte)
                default: out.append(UInt8(ascii: "\\")); out.append(byte)
                }
                escaping = false
            } else if byte == UInt8(ascii: "\\") {
                escaping = true
            } else {
                out.append(byte)
            }
        }
        return out
    }
}
