import FoundationEssentials

/// What an export produced.
public struct ReportInfo: Equatable, Sendable {
    /// The PDF written.
    public var url: URL
    /// Number of pages, title page included.
    public var pageCount: Int
    /// Every heading with its page, in order.
    public var headings: [ReportHeading]
    /// Size of the file in bytes.
    public var byteCount: Int
}
