import Glibc

/// The date and time of day on the wall clock here, in the time zone the C library uses (`TZ`, `/etc/localtime`).
///
/// Read through `localtime_r` because FoundationEssentials alone knows no time zone but GMT: its `Calendar`
/// would give the day in London, not Tromsø. The domain reads the date as a `Day` (SamskapCore's `day`).
public struct LocalTime: Equatable, Sendable {
    /// The year, e.g. 2026.
    public var year: Int
    /// The month, 1–12.
    public var month: Int
    /// The day of the month, 1–31.
    public var dayOfMonth: Int
    /// The hour, 0–23.
    public var hour: Int
    /// The minute, 0–59.
    public var minute: Int
    /// The second, 0–60 (a leap second).
    public var second: Int

    /// The local time now (GMT when the C library knows no local time).
    public static func now() -> LocalTime {
        var seconds = time(nil)
        var parts = tm()
        if localtime_r(&seconds, &parts) == nil { _ = gmtime_r(&seconds, &parts) }
        return LocalTime(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, dayOfMonth: Int(parts.tm_mday),
                         hour: Int(parts.tm_hour), minute: Int(parts.tm_min), second: Int(parts.tm_sec))
    }
}
