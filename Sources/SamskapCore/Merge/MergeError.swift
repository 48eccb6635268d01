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
            language == .nb
                ? "Den andre filen er et annet prosjekt («\(theirs)»), ikke en kopi av «\(ours)». Slå bare sammen kopier av samme prosjekt; vil du likevel hente inn alt, bruk --force."
                : "The other file is a different project (“\(theirs)”), not a copy of “\(ours)”. Merge only copies of the same project; to bring everything in anyway, use --force."
        case let .valueOutOfRange(indicator, date, value):
            language == .nb
                ? "Den andre filen har en måling av «\(indicator)» datert \(date.formatted(.nb)) med verdien \(value), utenfor det en måling kan ha, \(Measurement.rangeText(.nb)). Rett verdien i den andre filen og slå sammen på nytt; ingenting er hentet inn."
                : "The other file has a measurement of “\(indicator)” dated \(date.formatted(.en)) with the value \(value), outside what a measurement can hold, \(Measurement.rangeText(.en)). Correct the value in the other file and merge again; nothing was brought in."
        }
    }
}
