/// Why a merge was refused.
public enum MergeError: UserFacingError, Equatable, Sendable {
    /// The other file holds another project (another `project.id`): merging would mix two projects' records.
    case differentProject(ours: String, theirs: String)
    /// The other copy has a measurement whose value is outside `Measurement.valueRange` (or no number at all): the
    /// indicator's name, the day, and the value as written.
    case valueOutOfRange(indicator: String, date: Day, value: String)

    public func message(_ language: Language) -> String {
        switch self {
        case let .differentProject(ours, theirs):
            trf("The other file is a different project (“%1$s”), not a copy of “%2$s”. Merge only copies of the same project; to bring everything in anyway, use --force.", in: language, theirs, ours)
        case let .valueOutOfRange(indicator, date, value):
            trf("The other file has a measurement of “%1$s” dated %2$s with the value %3$s, outside what a measurement can hold, %4$s. Correct the value in the other file and merge again; nothing was brought in.",
                in: language, indicator, date.formatted(language), value, Measurement.rangeText(language))
        }
    }
}
