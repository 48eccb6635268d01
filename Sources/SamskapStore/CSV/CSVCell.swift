import FoundationEssentials
import SamskapCore

/// Dates and ids read from and written to cells straight from the bytes.
///
/// An import of 100,000 rows reads 100,000 dates and up to 200,000 ids; `Day(parsing:)` and `UUID(uuidString:)`
/// go through Foundation (trimming, splitting, `sscanf`) and would take most of the 2 s budget. Anything the fast
/// paths do not recognise falls back to those, so they decide what is accepted.
enum CSVCell {
    /// `2026-03-01`, `1.3.2026`, `01.03.26` or `1/3/2026`, as `Day(parsing:)` reads them.
    static func day(_ text: String) -> Day? {
        fastDay(text) ?? Day(parsing: text)
    }

    /// An id, upper or lower case.
    static func uuid(_ text: String) -> UUID? {
        fastUUID(text) ?? UUID(uuidString: text)
    }

    /// `YYYY-MM-DD`, as `Day.iso` writes it.
    static func iso(_ day: Day) -> String {
        guard (0...9999).contains(day.year) else { return day.iso }
        return String(unsafeUninitializedCapacity: 10) { buffer in
            func put(_ value: Int, at start: Int, digits: Int) {
                var v = value
                for i in stride(from: start + digits - 1, through: start, by: -1) {
                    buffer[i] = UInt8(ascii: "0") + UInt8(v % 10)
                    v /= 10
                }
            }
            put(day.year, at: 0, digits: 4)
            buffer[4] = UInt8(ascii: "-")
            put(day.month, at: 5, digits: 2)
            buffer[7] = UInt8(ascii: "-")
            put(day.day, at: 8, digits: 2)
            return 10
        }
    }

    private static func fastDay(_ text: String) -> Day? {
        var parts = (0, 0, 0), lengths = (0, 0, 0), index = 0
        var separator: UInt8 = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let digit = Int(byte - UInt8(ascii: "0"))
                // No part of a date has more than four digits: refuse a longer one before it overflows an Int.
                switch index {
                case 0: guard lengths.0 < 4 else { return nil }; parts.0 = parts.0 * 10 + digit; lengths.0 += 1
                case 1: guard lengths.1 < 4 else { return nil }; parts.1 = parts.1 * 10 + digit; lengths.1 += 1
                default: guard lengths.2 < 4 else { return nil }; parts.2 = parts.2 * 10 + digit; lengths.2 += 1
                }
            case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "/"):
                guard index < 2, separator == 0 || separator == byte else { return nil }
                separator = byte
                index += 1
            default:
                return nil
            }
        }
        guard index == 2, lengths.0 > 0, lengths.1 > 0, lengths.2 > 0, lengths.0 <= 4, lengths.1 <= 2, lengths.2 <= 4 else { return nil }
        if separator == UInt8(ascii: "-") {
            guard lengths == (4, 2, 2) else { return nil }
            return Day(year: parts.0, month: parts.1, day: parts.2)
        }
        guard lengths.0 <= 2, lengths.2 == 4 || lengths.2 == 2 else { return nil }
        return Day(year: lengths.2 == 2 ? parts.2 + 2000 : parts.2, month: parts.1, day: parts.0)
    }

    private static func fastUUID(_ text: String) -> UUID? {
        guard text.utf8.count == 36 else { return nil }
        var uuid: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        let ok = withUnsafeMutableBytes(of: &uuid) { out -> Bool in
            var count = 0, high: UInt8 = 0, haveHigh = false, position = 0
            for byte in text.utf8 {
                defer { position += 1 }
                if position == 8 || position == 13 || position == 18 || position == 23 {
                    guard byte == UInt8(ascii: "-") else { return false }
                    continue
                }
                let nibble: UInt8
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): nibble = byte - UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): nibble = byte - UInt8(ascii: "a") + 10
                case UInt8(ascii: "A")...UInt8(ascii: "F"): nibble = byte - UInt8(ascii: "A") + 10
                default: return false
                }
                if haveHigh {
                    out[count] = high << 4 | nibble
                    count += 1
                } else {
                    high = nibble
                }
                haveHigh.toggle()
            }
            return count == 16
        }
        return ok ? UUID(uuid: uuid) : nil
    }
}
