import FoundationEssentials

/// A calendar day without time or time zone: measurements, periods and rounds are dated by the day.
///
/// Stored and exchanged as ISO `YYYY-MM-DD`; shown to people as `d.m.yyyy` in bokmål.
public struct Day: Codable, Comparable, Hashable, Sendable, CustomStringConvertible {
    // Year, month and day packed into 32 bits (year << 9 | month << 5 | day): a large project holds 100,000
    // measurements, and three Ints cost 20 bytes more each. The packing also keeps date order as integer order.
    private let packed: UInt32

    /// The year, e.g. 2026.
    public var year: Int { Int(packed >> 9) }
    /// The month, 1–12.
    public var month: Int { Int(packed >> 5 & 0xF) }
    /// The day of the month, 1–31.
    public var day: Int { Int(packed & 0x1F) }

    /// Creates a day; returns nil when the date does not exist (e.g. 30 February).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Day.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.init(valid: year, month, day)
    }

    private init(valid year: Int, _ month: Int, _ day: Int) {
        // Only `init(ordinal:)` can reach a year outside 1–9999, from a chart axis far out; it is held at the edge.
        packed = UInt32(min(max(year, 0), 9999)) << 9 | UInt32(month) << 5 | UInt32(day)
    }

    /// Parses ISO `2026-03-01`, bokmål `1.3.2026` / `01.03.2026`, `1/3/2026`, and the short `01.03.26` (this century).
    ///
    /// Digits only, and a year of four digits or (the short form) two: `1.1.1` is a slip, not the year 1, and a part of
    /// twenty digits is no date rather than a number too large to hold.
    public init?(parsing text: String) {
        let trimmed = text.trimmingSpaces()
        if let day = Day(iso: trimmed) {
            self = day
            return
        }
        var parts = [0, 0, 0], lengths = [0, 0, 0], index = 0
        var separator: Character?
        for character in trimmed {
            if let digit = character.asciiDigit {
                guard lengths[index] < 4 else { return nil }
                parts[index] = parts[index] * 10 + digit
                lengths[index] += 1
            } else if character == "." || character == "/" {
                guard index < 2, separator == nil || separator == character else { return nil }
                separator = character
                index += 1
            } else {
                return nil
            }
        }
        guard index == 2, (1...2).contains(lengths[0]), (1...2).contains(lengths[1]), lengths[2] == 4 || lengths[2] == 2 else { return nil }
        self.init(year: lengths[2] == 2 ? parts[2] + 2000 : parts[2], month: parts[1], day: parts[0])
    }

    /// Parses exactly `YYYY-MM-DD` (ASCII digits, a day that exists), the form of the file and of JSON.
    public init?(iso text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        var value = 0
        var numbers: [Int] = []
        for (i, byte) in bytes.enumerated() {
            if i == 4 || i == 7 {
                numbers.append(value)
                value = 0
                continue
            }
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        self.init(year: numbers[0], month: numbers[1], day: value)
    }

    /// ISO `YYYY-MM-DD`, the form in the file and in JSON.
    public var iso: String {
        // Written by hand: String(format:) cost a tenth of a 100,000-row import, where every date is bound.
        var bytes = [UInt8](repeating: UInt8(ascii: "-"), count: 10)
        func put(_ value: Int, at end: Int, digits: Int) {
            var v = value
            for i in stride(from: end, to: end - digits, by: -1) {
                bytes[i] = UInt8(ascii: "0") + UInt8(v % 10)
                v /= 10
            }
        }
        put(year, at: 3, digits: 4)
        put(month, at: 6, digits: 2)
        put(day, at: 9, digits: 2)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The form people read: `1.3.2026` in Norwegian (bokmål and nynorsk alike), `2026-03-01` in English.
    public func formatted(_ language: Language) -> String {
        language.isNorwegian ? "\(day).\(month).\(year)" : iso
    }

    public var description: String { iso }

    /// Days since 1970-01-01, for distances and chart axes.
    public var ordinal: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The day a number of days from 1970-01-01.
    public init(ordinal: Int) {
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(valid: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// The day this many days later (earlier when negative).
    public func adding(days: Int) -> Day { Day(ordinal: ordinal + days) }

    /// Today in the local time zone.
    public static func today() -> Day { LocalTime.now().day }

    // Compared as packed integers: sorting 100,000 measurements spent most of its time computing ordinals.
    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.packed < rhs.packed }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let parsed = Day(iso: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a date (YYYY-MM-DD): \"\(text)\"")
        }
        self = parsed
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

/// A span of days; either end may still be open.
public struct Period: Codable, Equatable, Hashable, Sendable {
    /// First day, if set.
    public var start: Day?
    /// Last day, if set.
    public var end: Day?

    /// Creates a period.
    public init(start: Day? = nil, end: Day? = nil) {
        self.start = start
        self.end = end
    }

    /// Whether the day falls inside the period (an open end does not limit).
    public func contains(_ day: Day) -> Bool {
        if let start, day < start { return false }
        if let end, day > end { return false }
        return true
    }
}

private extension Character {
    /// The value of an ASCII digit, nil for anything else (Arabic-Indic and other digits included).
    var asciiDigit: Int? {
        guard let ascii = asciiValue, (48...57).contains(ascii) else { return nil }
        return Int(ascii - 48)
    }
}
