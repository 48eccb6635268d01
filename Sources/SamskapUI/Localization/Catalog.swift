import Foundation
import SamskapCore

/// Translations read from a gettext PO file: msgid → msgstr.
///
/// A small reader instead of GLib's `dgettext`, which needs compiled `.mo` files and a build step.
/// Handles multi-line strings, the usual escapes and `msgctxt` (ignored); skips fuzzy and empty entries.
struct Catalog: Sendable {
    /// Translated text by source text.
    var entries: [String: String] = [:]

    /// An empty catalog: every text stays as written.
    init() {}

    /// Parses the text of a PO file.
    init(po text: String) {
        var pending = Pending()
        var current: WritableKeyPath<Pending, String?>?

        func flush() {
            if let id = pending.msgid, let str = pending.msgstr, !id.isEmpty, !str.isEmpty, !pending.fuzzy {
                entries[id] = str
            }
            pending = Pending()
            current = nil
        }

        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty {
                flush()
            } else if line.hasPrefix("#,") {
                if pending.msgstr != nil { flush() }
                pending.fuzzy = line.contains("fuzzy")
            } else if line.hasPrefix("#") {
                continue
            } else if line.hasPrefix("msgctxt ") {
                if pending.msgstr != nil { flush() }
                current = nil
            } else if line.hasPrefix("msgid ") {
                if pending.msgstr != nil { flush() }
                pending.msgid = Self.unquote(line.dropFirst(6))
                current = \.msgid
            } else if line.hasPrefix("msgstr ") {
                pending.msgstr = Self.unquote(line.dropFirst(7))
                current = \.msgstr
            } else if line.hasPrefix("\""), let key = current {
                pending[keyPath: key] = (pending[keyPath: key] ?? "") + Self.unquote(Substring(line))
            }
        }
        flush()
    }

    /// The translation, or the text itself.
    func translate(_ text: String) -> String { entries[text] ?? text }

    /// Loads `po/<language>.po` from the resources folder; empty when missing.
    static func load(_ language: Language, resources: URL) -> Catalog {
        let url = resources.appendingPathComponent("po/\(language.rawValue).po")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return Catalog() }
        return Catalog(po: text)
    }

    private struct Pending {
        var msgid: String?
        var msgstr: String?
        var fuzzy = false
    }

    private static func unquote(_ quoted: Substring) -> String {
        var s = quoted.trimmingCharacters(in: .whitespaces)
        guard s.hasPrefix("\""), s.hasSuffix("\""), s.count >= 2 else { return "" }
        s = String(s.dropFirst().dropLast())
        var out = ""
        var escaping = false
        for ch in s {
            if escaping {
                switch ch {
                case "n": out.append("\n")
                case "t": out.append("\t")
                case "\"": out.append("\"")
                case "\\": out.append("\\")
                default: out.append("\\"); out.append(ch)
                }
                escaping = false
            } else if ch == "\\" {
                escaping = true
            } else {
                out.append(ch)
            }
        }
        return out
    }
}
