// FoundationEssentials has no canonical decomposition (`folding(options:locale:)` needs full Foundation and ICU's
// data) and the standard library's is private (SPI): utf8proc's is public, small and packaged by Debian.
import CUtf8proc

/// Case- and accent-blind text for searching: what Foundation's
/// `folding(options: [.caseInsensitive, .diacriticInsensitive], locale:)` gives, without Foundation.
///
/// Accents are the combining diacritical marks (U+0300–U+036F) of a letter's canonical decomposition, so "é",
/// "å", "ü", "č", "š" and "ž" lose them, while letters that do not decompose stay letters of their own: "ø", "æ",
/// "đ", "ŋ", "ŧ", "ł". Marks typed on their own after a letter go too. Case is folded as Unicode's full case
/// folding does ("ß" and "ẞ" give "ss"). The tests compare this with Foundation over Latin, Greek and Cyrillic,
/// where the two agree except for five Greek spacing accents; elsewhere letters newer than Foundation's tables
/// (Unicode 16) and a few marks of other scripts may fold differently.
extension StringProtocol {
    /// The text in lower case without accents.
    public func searchFolded() -> String {
        var out = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            // Nothing below U+00C0 decomposes or is a mark.
            if scalar.value < 0xC0 {
                out.append(scalar)
                continue
            }
            if scalar.isMark, !out.isEmpty { continue }
            let parts = scalar.canonicalDecomposition
            if parts.count == 1 || !parts[0].properties.isAlphabetic {
                out.append(parts.count == 1 ? parts[0] : scalar)
                continue
            }
            let base = parts.enumerated().filter { $0.offset == 0 || !$0.element.isCombiningDiacritic }.map(\.element)
            // Hangul syllables, Indic vowel signs and the like decompose without accents: they stay as written.
            if base.count == parts.count { out.append(scalar) } else { out.append(contentsOf: base) }
        }
        return String(out).caseFolded()
    }

    /// The text in Unicode's case-folded form ("Straße" and "STRASSE" both give "strasse"), for matching that
    /// ignores case.
    public func caseFolded() -> String {
        var out = ""
        for scalar in unicodeScalars {
            // Lower, upper, lower again reaches the full case folding without a table of its own: "ẞ" → "ß" → "SS"
            // → "ss". Only for scalars that fold, so that the Turkish dotless "ı" stays itself, as in Foundation.
            if scalar.properties.changesWhenCaseFolded || scalar.properties.changesWhenLowercased {
                out += String(scalar).lowercased().uppercased().lowercased()
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Whether the text contains the other, ignoring case, as Foundation's `localizedCaseInsensitiveContains`
    /// does (which finds nothing in an empty search).
    public func containsIgnoringCase<Other: StringProtocol>(_ other: Other) -> Bool {
        !other.isEmpty && caseFolded().contains(other.caseFolded())
    }
}

private extension Unicode.Scalar {
    /// The scalar's canonical decomposition (NFD) by utf8proc; the scalar itself when it has none.
    var canonicalDecomposition: [Unicode.Scalar] {
        withUnsafeTemporaryAllocation(of: utf8proc_int32_t.self, capacity: 8) { buffer in
            var boundary: utf8proc_int32_t = 0
            let count = utf8proc_decompose_char(utf8proc_int32_t(value), buffer.baseAddress, 8, UTF8PROC_DECOMPOSE, &boundary)
            guard count > 0, count <= 8 else { return [self] }
            return buffer.prefix(count).compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }
        }
    }

    var isCombiningDiacritic: Bool { (0x300...0x36F).contains(value) }

    var isMark: Bool { properties.generalCategory == .nonspacingMark || properties.generalCategory == .enclosingMark }
}
