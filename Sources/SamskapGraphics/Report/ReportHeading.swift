/// A heading of the report and the page it landed on.
public struct ReportHeading: Equatable, Sendable {
    /// 1 for a chapter, 2 for a section, 3 for a sub-heading.
    public var level: Int
    /// "3.2", or empty for unnumbered headings.
    public var number: String
    /// The title without the number.
    public var title: String
    /// The page, counted from 1 (the title page).
    public var page: Int
}
