import CCairo
import FoundationEssentials
import SamskapCore

/// A report laid out once into A4 pages, ready to draw any page onto any cairo context:
/// a PDF surface, a `GtkPrintOperation`'s context, or an image surface for a preview.
///
/// Not thread-safe: it holds Pango layouts. Make it and draw it on one thread (the main thread in the window).
public final class PaginatedReport {
    /// A4 width in points.
    public static let pageWidth = ReportStyle.pageWidth
    /// A4 height in points.
    public static let pageHeight = ReportStyle.pageHeight

    /// The report's language.
    public let language: Language
    /// The report's sections, in order.
    public let sections: [ReportSection]

    let metadata: ReportMetadata
    let destinations: DestinationTable
    private let pages: [[Paginator.Painter]]
    private let factory: TextFactory
    private let runningTitle: TextBox
    private let runningKind: TextBox
    private let footerDate: TextBox

    init(pages: [[Paginator.Painter]], destinations: DestinationTable, factory: TextFactory, language: Language,
         sections: [ReportSection], metadata: ReportMetadata, projectName: String, dateText: String) {
        self.pages = pages
        self.destinations = destinations
        self.factory = factory
        self.language = language
        self.sections = sections
        self.metadata = metadata
        let half = ReportStyle.bodyWidth * 0.62
        runningTitle = factory.box(projectName, font: .small, width: half, color: ReportStyle.muted, singleLine: true)
        runningKind = factory.box(tr("Report", in: language), font: .small,
                                  width: ReportStyle.bodyWidth - half - 10, color: ReportStyle.muted, align: .right)
        footerDate = factory.box(dateText, font: .small, width: ReportStyle.bodyWidth / 2, color: ReportStyle.muted)
    }

    /// Number of pages, the title page included.
    public var pageCount: Int { pages.count }

    /// Every heading (chapters, sections and sub-headings) with its page, counted from 1, in order.
    public var headings: [ReportHeading] {
        destinations.entries.map { ReportHeading(level: $0.level, number: $0.number, title: $0.title, page: $0.page + 1) }
    }

    /// Draws page `index` (from 0) with its running header and footer onto `cr`, in points with the page's
    /// top-left corner at the origin. Scale the context first to draw at another size (see `drawPreview`).
    /// Does not paint a background: a PDF or a printer page is white already.
    public func draw(page index: Int, on cr: OpaquePointer) {
        draw(page: index, on: cr, alternatives: FigureAlternatives())
    }

    /// Draws page `index`, recording the alternative text of each figure in `alternatives` (the PDF writer keeps one
    /// across the pages, for the tagged PDF).
    func draw(page index: Int, on cr: OpaquePointer, alternatives: FigureAlternatives) {
        guard pages.indices.contains(index) else { return }
        cairo_save(cr)
        let canvas = ReportCanvas(cr: cr, pageIndex: index, destinations: destinations, alternatives: alternatives)
        if index > 0 { drawRunningHeaderAndFooter(page: index, on: cr) }
        for painter in pages[index] { painter(canvas) }
        cairo_restore(cr)
    }

    /// Draws page `index` on white, scaled to fit and centred in `width` × `height` (device units), for a preview.
    public func drawPreview(page index: Int, on cr: OpaquePointer, width: Double, height: Double) {
        let scale = min(width / Self.pageWidth, height / Self.pageHeight)
        cairo_save(cr)
        cairo_translate(cr, (width - Self.pageWidth * scale) / 2, (height - Self.pageHeight * scale) / 2)
        cairo_scale(cr, scale, scale)
        cairo_rectangle(cr, 0, 0, Self.pageWidth, Self.pageHeight)
        cairo_set_source_rgb(cr, 1, 1, 1)
        cairo_fill(cr)
        draw(page: index, on: cr)
        cairo_restore(cr)
    }

    private func drawRunningHeaderAndFooter(page index: Int, on cr: OpaquePointer) {
        let left = ReportStyle.marginLeft, width = ReportStyle.bodyWidth
        let headerY = ReportStyle.marginTop - 30
        runningTitle.draw(on: cr, x: left, y: headerY)
        runningKind.draw(on: cr, x: left + width - runningKind.width, y: headerY)
        ReportStyle.rule.set(on: cr)
        cairo_rectangle(cr, left, headerY + 14, width, 0.5)
        cairo_fill(cr)

        let footerY = ReportStyle.bodyBottom + 26
        cairo_rectangle(cr, left, footerY - 6, width, 0.5)
        cairo_fill(cr)
        footerDate.draw(on: cr, x: left, y: footerY)
        let text = trf("Page %1$s of %2$s", in: language, "\(index + 1)", "\(pageCount)")
        let number = factory.box(text, font: .small, width: width / 2, color: ReportStyle.muted, align: .right)
        number.draw(on: cr, x: left + width / 2, y: footerY)
    }
}
