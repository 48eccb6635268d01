/// One piece of the report's flow; the paginator places blocks top to bottom, page after page.
enum ReportBlock {
    /// A numbered heading: a PDF destination, an outline entry and a table-of-contents line.
    case heading(HeadingBlock)
    /// A paragraph that may split between lines (never leaving a single line behind).
    case text(TextBlock)
    /// A table whose header row repeats on every page it runs onto.
    case table(TableBlock)
    /// A fixed-height drawing (chart, title band, contents line): never split.
    case figure(FigureBlock)
    /// Vertical space, dropped at the top of a page.
    case spacer(Double)
    /// Continue on a new page.
    case pageBreak
}

/// A paragraph and the space around it.
struct TextBlock {
    var box: TextBox
    var indent: Double = 0
    var spaceBefore: Double = 0
    var spaceAfter: Double = ReportStyle.paragraphGap
    /// Drawn in the left margin of the first line (a bullet or a number), if any.
    var label: TextBox?
    /// A short block (a list item, a lead-in) that should not end a page without the start of the next block.
    var keepWithNext = false
}
