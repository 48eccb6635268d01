/// Why a merge was refused.
public enum MergeError: UserFacingError, Equatable, Sendable {
    /// The other file holds another project (another `project.id`): merging would mix two projects' records.
    case differentProject(ours: String, theirs: String)

    public func message(_ language: Language) -> String {
        switch self {
        case let .differentProject(ours, theirs):
            language == .nb
                ? "Den andre filen er et annet prosjekt («\(theirs)»), ikke en kopi av «\(ours)». Slå bare sammen kopier av samme prosjekt; vil du likevel hente inn alt, bruk --force."
                : "The other file is a different project (“\(theirs)”), not a copy of “\(ours)”. Merge only copies of the same project; to bring everything in anyway, use --force."
        }
    }
}
