import CCairo

/// Flows blocks onto A4 pages: keeps headings with what follows, splits paragraphs between lines
/// (at least two lines on each side), repeats a table's header row on each page it runs onto and
/// splits a table row only when it could never fit on one page.
final class Paginator {
    typealias Painter = (ReportCanvas) -> Void

    private(set) var pages: [[Painter]] = [[]]
    private var y = ReportStyle.bodyTop
    private let destinations: DestinationTable
    private let left = ReportStyle.marginLeft
    private let width = ReportStyle.bodyWidth

    init(destinations: DestinationTable) {
        self.destinations = destinations
    }

    private var pageIndex: Int { pages.count - 1 }
    private var pageIsEmpty: Bool { pages[pageIndex].isEmpty }
    private var remaining: Double { ReportStyle.bodyBottom - y }

    /// Places every block; afterwards `pages` holds each page's painters and the destination table each heading's page.
    func layout(_ blocks: [ReportBlock]) {
        for index in blocks.indices {
            switch blocks[index] {
            case let .heading(heading): place(heading, before: blocks[(index + 1)...])
            case let .text(text): place(text, before: blocks[(index + 1)...])
            case let .table(table): place(table)
            case let .figure(figure): place(figure)
            case let .spacer(height): space(height)
            case .pageBreak: if !pageIsEmpty { newPage() }
            }
        }
    }

    private func newPage() {
        pages.append([])
        y = ReportStyle.bodyTop
    }

    private func paint(_ painter: @escaping Painter) { pages[pageIndex].append(painter) }

    /// Space between blocks disappears at the top of a page.
    private func space(_ height: Double) {
        guard !pageIsEmpty else { return }
        y += height
    }

    // MARK: Headings

    private func place(_ heading: HeadingBlock, before rest: ArraySlice<ReportBlock>) {
        if heading.level == 1 && !pageIsEmpty { newPage() }
        space(heading.spaceBefore)
        let need = heading.box.height + heading.spaceAfter + min(lead(of: rest), ReportStyle.bodyHeight / 3)
        if need > remaining && !pageIsEmpty { newPage() }
        let top = y, x = left, box = heading.box, name = heading.destination
        destinations.record(.init(destination: name, level: heading.level, number: heading.number,
                                  title: heading.title, page: pageIndex, y: top))
        let level = heading.level
        paint { canvas in
            ReportStructure.heading(level).wrap(canvas.cr) {
                // The destination is what contents links and outline entries jump to.
                cairo_tag_begin(canvas.cr, CAIRO_TAG_DEST, "name='\(name)' x=\(Int(x)) y=\(Int(max(0, top - 12)))")
                box.draw(on: canvas.cr, x: x, y: top)
                cairo_tag_end(canvas.cr, CAIRO_TAG_DEST)
            }
        }
        y += box.height
        if heading.level == 1 {
            let ruleY = y + 5
            paint { canvas in
                ReportStyle.accent.set(on: canvas.cr)
                cairo_rectangle(canvas.cr, x, ruleY, 36, 2)
                cairo_fill(canvas.cr)
            }
        }
        y += heading.spaceAfter
    }

    /// The height the next blocks need so that a heading is never left alone at the foot of a page.
    private func lead(of rest: ArraySlice<ReportBlock>) -> Double {
        guard let first = rest.first else { return 0 }
        switch first {
        case let .heading(h): return h.spaceBefore + h.box.height + h.spaceAfter + lead(of: rest.dropFirst())
        case let .text(t) where t.keepWithNext && t.box.lines.count <= 4:
            // A short lead-in goes over with the start of what it introduces (see `place(_: TextBlock…)`), so a
            // heading above it needs room for both.
            return t.spaceBefore + t.box.height + t.spaceAfter + lead(of: rest.dropFirst())
        case let .text(t): return t.spaceBefore + t.box.height(of: 0..<min(t.box.lines.count, ReportStyle.minLinesAtBreak + 1))
        case let .table(t):
            return t.spaceBefore + t.headerHeight + min(t.rows.indices.prefix(3).map(t.rowHeight).reduce(0, +), ReportStyle.bodyHeight / 3)
        case let .figure(f): return f.spaceBefore + f.height
        case let .spacer(s): return s + lead(of: rest.dropFirst())
        case .pageBreak: return 0
        }
    }

    // MARK: Paragraphs

    private func place(_ block: TextBlock, before rest: ArraySlice<ReportBlock>) {
        space(block.spaceBefore)
        let box = block.box, total = box.lines.count, minLines = ReportStyle.minLinesAtBreak
        // A list item or lead-in that fits but would leave the next block's start behind goes over with it.
        if block.keepWithNext && !pageIsEmpty && box.height <= remaining
            && box.height + block.spaceAfter + lead(of: rest) > remaining && total <= 4 {
            newPage()
        }
        var start = 0
        while start < total {
            let fit = box.linesFitting(from: start, in: remaining)
            let left = total - start
            var n = min(fit, left)
            if n < left {
                // Widows and orphans: never one line alone on either side of a break.
                if left - n < minLines { n = left - minLines }
                if n < minLines { n = 0 }
            }
            if n <= 0 {
                if pageIsEmpty { n = max(1, min(fit, left)) } else { newPage(); continue }
            }
            let range = start..<(start + n), top = y, x = self.left + block.indent, label = start == 0 ? block.label : nil
            paint { canvas in
                ReportStructure.paragraph.wrap(canvas.cr) {
                    label?.draw(on: canvas.cr, x: x - (label?.width ?? 0) - 4, y: top)
                    box.draw(on: canvas.cr, x: x, y: top, lines: range)
                }
            }
            y += box.height(of: range)
            start += n
            if start < total { newPage() }
        }
        y += block.spaceAfter
    }

    // MARK: Figures

    private func place(_ figure: FigureBlock) {
        space(figure.spaceBefore)
        if figure.height > remaining && !pageIsEmpty { newPage() }
        let top = y, x = left, w = width
        paint { canvas in
            figure.structure.wrap(canvas.cr) {
                let before = canvas.alternatives.count
                cairo_save(canvas.cr)
                figure.draw(canvas, x, top, w)
                cairo_restore(canvas.cr)
                // A figure that did not describe itself while drawing is described by the text it was made with.
                if case let .figure(alt) = figure.structure, canvas.alternatives.count == before { canvas.alternatives.add(alt) }
            }
        }
        y += figure.height + figure.spaceAfter
    }

    // MARK: Tables

    private func place(_ table: TableBlock) {
        space(table.spaceBefore)
        // A table starts where at least its first three rows (or all of a shorter one) fit under the header.
        let opening = min(table.rows.indices.prefix(3).map(table.rowHeight).reduce(0, +), ReportStyle.bodyHeight / 3)
        if table.headerHeight + opening > remaining && !pageIsEmpty { newPage() }
        paint { cairo_tag_begin($0.cr, "Table", "") }
        placeHeader(of: table)
        for index in table.rows.indices {
            let row = table.rows[index], height = table.rowHeight(index)
            if height > remaining {
                if height > ReportStyle.bodyHeight - table.headerHeight {
                    placeSplitting(row, index: index, of: table)
                    continue
                }
                continueTable(table)
            }
            placeRow(row, index: index, of: table, lines: nil, height: height)
            y += height
        }
        paint { cairo_tag_end($0.cr, "Table") }
        y += table.spaceAfter
    }

    private func placeHeader(of table: TableBlock) {
        guard let header = table.header else { return }
        let height = table.headerHeight
        let top = y, x = left, w = table.width
        paint { canvas in
            ReportStyle.headerFill.set(on: canvas.cr)
            cairo_rectangle(canvas.cr, x, top, w, height)
            cairo_fill(canvas.cr)
            ReportStyle.accent.set(on: canvas.cr)
            cairo_rectangle(canvas.cr, x, top + height - 0.8, w, 0.8)
            cairo_fill(canvas.cr)
        }
        placeCells(header, of: table, top: top, lines: nil, height: height, zebra: false, header: true)
        y += height
    }

    private func placeRow(_ row: [TableCell], index: Int, of table: TableBlock, lines: [Range<Int>]?, height: Double) {
        placeCells(row, of: table, top: y, lines: lines, height: height, zebra: table.style == .grid && index % 2 == 1)
    }

    private func placeCells(_ row: [TableCell], of table: TableBlock, top: Double, lines: [Range<Int>]?, height: Double, zebra: Bool,
                            header: Bool = false) {
        let x = left
        paint { canvas in
            TablePainter.paintRow(row, widths: table.columnWidths, on: canvas.cr, x: x, top: top, lines: lines, height: height, zebra: zebra,
                                  cellTag: header ? "TH" : "TD")
        }
    }

    /// A row taller than a page: each cell continues line by line on the next page.
    private func placeSplitting(_ row: [TableCell], index: Int, of table: TableBlock) {
        var starts = Array(repeating: 0, count: row.count)
        while true {
            let available = remaining - 2 * TableBlock.padY
            var ranges: [Range<Int>] = []
            for (column, cell) in row.enumerated() {
                let n = cell.box.linesFitting(from: starts[column], in: available)
                ranges.append(starts[column]..<(starts[column] + n))
            }
            let progressed = ranges.contains { !$0.isEmpty }
            if !progressed && !pageIsEmpty {
                continueTable(table)
                continue
            }
            if !progressed {
                // A single line taller than a page cannot happen at report sizes; move on rather than loop.
                for column in row.indices where starts[column] < row[column].box.lines.count {
                    ranges[column] = starts[column]..<(starts[column] + 1)
                }
            }
            let height = zip(ranges, row).map { $0.1.box.height(of: $0.0) }.max()! + 2 * TableBlock.padY
            placeRow(row, index: index, of: table, lines: ranges, height: height)
            y += height
            for column in row.indices { starts[column] = ranges[column].upperBound }
            if zip(starts, row).allSatisfy({ $0.0 >= $0.1.box.lines.count }) { break }
            continueTable(table)
        }
    }

    /// Goes on with a table on the next page: its part on each page is a table of its own in the structure, with the
    /// header row repeated.
    private func continueTable(_ table: TableBlock) {
        paint { cairo_tag_end($0.cr, "Table") }
        newPage()
        paint { cairo_tag_begin($0.cr, "Table", "") }
        placeHeader(of: table)
    }
}
