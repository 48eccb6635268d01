/// The PDF document information: what a file manager, a PDF reader and an archive show.
struct ReportMetadata {
    var title: String
    var author: String
    var subject: String
    var keywords: String
    var creator: String
    /// ISO 8601 local time, e.g. `2026-03-01T14:05:00`.
    var creationDate: String
}
