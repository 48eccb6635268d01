import Glibc

/// The date and time of day on the wall clock here, in the time zone the C library uses (`TZ`, `/etc/localtime`).
///
/// Read through `localtime_r` because FoundationEssentials alone knows no time zone but GMT: its `Calendar`
/// would give the day in London, not Tromsø.
public struct LocalTime: Equatable, Sendable {
    /// Today's date.
    public var day: Day
    /// The hour, 0–23.
    public var hour: Int
    /// The minute, 0–59.
    public var minute: Int
    /// The second, 0–60 (a leap second).
    public var second: Int

    /// The local time now.
    public static func now() -> LocalTime {
        var seconds = time(nil)
        var parts = tm()
        guard localtime_r(&seconds, &parts) != nil,
              let day = Day(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday)) else {
            return LocalTime(day: Day(ordinal: Int(seconds) / 86_400), hour: 0, minute: 0, second: 0)
        }
        return LocalTime(day: day, hour: Int(parts.tm_hour), minute: Int(parts.tm_min), second: Int(parts.tm_sec))
    }
}
