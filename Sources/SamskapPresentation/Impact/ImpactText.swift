import FoundationEssentials
import SamskapCore

/// How the Impact page writes numbers and dates, in the window's language.
public enum ImpactText {
    /// A number as people read it: decimal comma in bokmål, no trailing ",0", no exponent.
    public static func number(_ value: Double?, language: Language = Translations.language) -> String {
        guard let value else { return "" }
        var text = value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
        if text.contains("e") {
            // Exponents read back as words, not numbers: print enough fixed digits instead.
            text = value.decimalString(places: 10)
            // Trailing zeros go, and the point with them when nothing follows it.
            if text.hasSuffix("0") {
                while text.hasSuffix("0") { text.removeLast() }
                if text.hasSuffix(".") { text.removeLast() }
            }
        }
        return language.isNorwegian ? text.replacing(".", with: ",") : text
    }

    /// A date as typed in the window: `1.3.2026` in bokmål, `2026-03-01` in English (both are read back).
    public static func date(_ day: Day?, language: Language = Translations.language) -> String {
        day?.formatted(language) ?? ""
    }

    /// A typed date, in any form `Day(parsing:)` reads; a year outside 1900–2199 is a date still being typed
    /// ("1.3.202") or a slip, never one to save.
    public static func day(_ text: String) -> Day? {
        Day(parsing: text).flatMap { (1900...2199).contains($0.year) ? $0 : nil }
    }

    /// The message for a date that does not read as one.
    public static func notADate(_ text: String) -> String {
        trf("“%1$s” is not a date. Write it as 1.3.2026.", text)
    }

    /// The message for a number field that does not read as a number.
    public static func notANumber(_ text: String) -> String {
        trf("“%1$s” is not a number. Type for example 12 or 12,5.", text)
    }
}
