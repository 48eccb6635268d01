extension LocalTime {
    /// Today's date as the domain counts days.
    public var day: Day {
        Day(year: year, month: month, day: dayOfMonth) ?? Day(ordinal: 0)
    }
}
