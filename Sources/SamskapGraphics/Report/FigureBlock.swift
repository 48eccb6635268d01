import CCairo

/// What a page painter draws on: the cairo context and what pagination learned.
struct ReportCanvas {
    /// The cairo context, in points with the page's top-left corner at the origin.
    var cr: OpaquePointer
    /// The page being drawn, from 0.
    var pageIndex: Int
    /// Pages of the headings, for the table of contents.
    var destinations: DestinationTable
    /// The alternative texts of the figures drawn so far, for the tagged PDF.
    var alternatives: FigureAlternatives
}

/// The alternative text of each figure in the order the figures are drawn: charts describe themselves by their own
/// texts as they are drawn, which only then are known.
final class FigureAlternatives {
    private(set) var texts: [String] = []

    /// Records the next figure's text; a chart's labels, joined, stand for the chart.
    func add(_ text: String) { texts.append(String(text.prefix(2_000))) }

    /// Records a chart by its drawn labels, title first.
    func add(_ layout: ChartLayout) {
        var seen = Set<String>()
        add(layout.labels.map(\.fullText).filter { !$0.isEmpty && seen.insert($0).inserted }.joined(separator: ". "))
    }

    var count: Int { texts.count }

    func removeAll() { texts.removeAll() }
}

/// A fixed-height drawing, kept whole on one page.
struct FigureBlock {
    var height: Double
    var spaceBefore: Double = 4
    var spaceAfter: Double = 10
    /// What the drawing is in the tagged PDF: a figure with its alternative text, a line of text, or decoration.
    var structure: ReportStructure = .decoration
    /// Draws the figure with its top-left corner at (x, y) and the given width.
    var draw: (ReportCanvas, _ x: Double, _ y: Double, _ width: Double) -> Void
}
