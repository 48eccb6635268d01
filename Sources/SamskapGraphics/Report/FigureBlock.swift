import CCairo

/// What a page painter draws on: the cairo context and what pagination learned.
struct ReportCanvas {
    /// The cairo context, in points with the page's top-left corner at the origin.
    var cr: OpaquePointer
    /// The page being drawn, from 0.
    var pageIndex: Int
    /// Pages of the headings, for the table of contents.
    var destinations: DestinationTable
}

/// A fixed-height drawing, kept whole on one page.
struct FigureBlock {
    var height: Double
    var spaceBefore: Double = 4
    var spaceAfter: Double = 10
    /// Draws the figure with its top-left corner at (x, y) and the given width.
    var draw: (ReportCanvas, _ x: Double, _ y: Double, _ width: Double) -> Void
}
