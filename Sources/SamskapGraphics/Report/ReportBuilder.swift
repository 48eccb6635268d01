import CCairo
import SamskapCore

/// Turns a project into the report's flow of blocks; each section is an extension in its own file.
final class ReportBuilder {
    /// A table cell before layout.
    enum Cell {
        case text(String)
        case bold(String)
        case muted(String)
        case status(IndicatorStatus)
        /// A score 1–5 on its shade, or a muted note when hidden or missing.
        case score(Double?, missing: String)
    }

    /// A column: its share of the table width and alignment.
    struct Column {
        var share: Double
        var align: TextFactory.Alignment = .left
    }

    let factory: TextFactory
    let document: ProjectDocument
    let model: ModelContent
    let language: Language
    let date: Day
    let format: ReportFormat
    let charts: ReportCharts
    /// Computed once: every section reads them.
    let progress: [IndicatorProgress]
    let results: [RoundResults]

    private(set) var blocks: [ReportBlock] = []
    private var counters = [0, 0]
    private var destinationCount = 0

    init(document: ProjectDocument, model: ModelContent, language: Language, date: Day, factory: TextFactory) {
        self.document = document
        self.model = model
        self.language = language
        self.date = date
        self.factory = factory
        self.format = ReportFormat(language: language)
        self.charts = ReportCharts(document: document, model: model, language: language)
        self.progress = charts.data.progress
        self.results = charts.data.results
    }

    var width: Double { ReportStyle.bodyWidth }

    /// A domain term in the report's language.
    func t(_ text: LocalizedText) -> String { text.text(language) }

    /// Moves blocks out (to build the contents before the sections they list).
    func takeBlocks() -> [ReportBlock] {
        defer { blocks = [] }
        return blocks
    }

    func append(_ block: ReportBlock) { blocks.append(block) }

    // MARK: Headings and text

    /// A heading; levels 1 and 2 are numbered ("3", "3.2") unless `numbered` is false.
    func heading(_ level: Int, _ title: String, numbered: Bool = true) {
        var number = ""
        if numbered && level <= 2 {
            if level == 1 { counters[0] += 1; counters[1] = 0; number = "\(counters[0])" }
            else { counters[1] += 1; number = "\(counters[0]).\(counters[1])" }
        }
        destinationCount += 1
        let font: TextFont = level == 1 ? .h1 : level == 2 ? .h2 : .h3
        let color = level == 3 ? ReportStyle.ink : ReportStyle.accent
        let text = number.isEmpty ? title : "\(number)\u{2003}\(title)"
        let box = factory.box(text, font: font, width: width, color: color, lineSpacing: 1.1)
        blocks.append(.heading(HeadingBlock(level: level, number: number, title: title, box: box,
                                            destination: "h\(destinationCount)")))
    }

    /// One paragraph.
    func paragraph(_ text: String, font: TextFont = .body, color: ReportColor = ReportStyle.ink,
                   indent: Double = 0, spaceAfter: Double = ReportStyle.paragraphGap, keepWithNext: Bool = false) {
        let box = factory.box(text, font: font, width: width - indent, color: color)
        blocks.append(.text(TextBlock(box: box, indent: indent, spaceAfter: spaceAfter, keepWithNext: keepWithNext)))
    }

    /// The person's own text, split at blank lines; a muted note when it is empty.
    func prose(_ text: String, empty: String) {
        let parts = text.components(separatedBy: "\n\n").map { $0.trimmed() }.filter { !$0.isEmpty }
        if parts.isEmpty { note(empty) } else { parts.forEach { paragraph($0) } }
    }

    /// A muted italic note, e.g. for something not filled in yet.
    func note(_ text: String) {
        paragraph(text, font: .bodyItalic, color: ReportStyle.muted)
    }

    /// A bulleted list.
    func bullets(_ items: [String], font: TextFont = .body) {
        list(items.map { _ in "\u{2022}" }, items, font: font)
    }

    /// A numbered list.
    func numbered(_ items: [String]) {
        list(items.indices.map { "\($0 + 1)." }, items, font: .body)
    }

    private func list(_ labels: [String], _ items: [String], font: TextFont) {
        let indent = 16.0
        for (i, item) in items.enumerated() {
            let box = factory.box(item, font: font, width: width - indent)
            let label = factory.box(labels[i], font: font, width: indent - 4, color: ReportStyle.muted, align: .right)
            let last = i == items.count - 1
            blocks.append(.text(TextBlock(box: box, indent: indent, spaceAfter: last ? ReportStyle.paragraphGap + 2 : 3, label: label,
                                          keepWithNext: !last)))
        }
    }

    // MARK: Tables

    /// Pairs of a label and a value, the label in a narrow muted column.
    func keyValues(_ pairs: [(String, String)], keyShare: Double = 0.28) {
        guard !pairs.isEmpty else { return }
        let columns = [Column(share: keyShare), Column(share: 1 - keyShare)]
        let rows = pairs.map { [Cell.muted($0.0), Cell.text($0.1)] }
        blocks.append(.table(makeTable(columns: columns, header: nil, rows: rows, style: .keyValue, width: width)))
    }

    /// A grid table whose header repeats on each page.
    func table(_ columns: [Column], header: [String], rows: [[Cell]]) {
        blocks.append(.table(makeTable(columns: columns, header: header.map(Cell.bold), rows: rows, style: .grid, width: width)))
    }

    /// Lays out a table's cells at their column widths.
    func makeTable(columns: [Column], header: [Cell]?, rows: [[Cell]], style: TableBlock.Style, width: Double,
                   font: TextFont = .table) -> TableBlock {
        let total = columns.map(\.share).reduce(0, +)
        let widths = columns.map { width * $0.share / total }
        func cells(_ row: [Cell], header: Bool) -> [TableCell] {
            row.enumerated().map { i, cell in
                self.cell(cell, width: widths[i] - 2 * TableBlock.padX, align: columns[i].align, font: header ? .tableBold : font)
            }
        }
        return TableBlock(columnWidths: widths, header: header.map { cells($0, header: true) },
                          rows: rows.map { cells($0, header: false) }, style: style)
    }

    private func cell(_ cell: Cell, width: Double, align: TextFactory.Alignment, font: TextFont) -> TableCell {
        switch cell {
        case let .text(s): return TableCell(box: factory.box(s, font: font, width: width, align: align))
        case let .bold(s): return TableCell(box: factory.box(s, font: .tableBold, width: width, align: align))
        case let .muted(s): return TableCell(box: factory.box(s, font: font, width: width, color: ReportStyle.muted, align: align))
        case let .status(status):
            return TableCell(box: factory.box(t(status.term), font: font, width: width - TableBlock.markerWidth), status: status)
        case let .score(value, missing):
            guard let value else {
                return TableCell(box: factory.box(missing, font: .small, width: width, color: ReportStyle.muted, align: align))
            }
            let fill = ReportStyle.scoreFill(value)
            let ink = ReportStyle.scoreInk(on: fill)
            return TableCell(box: factory.box(format.score(value), font: .tableBold, width: width, color: ink, align: align), fill: fill)
        }
    }

    // MARK: Figures

    /// A chart from SamskapGraphics as a fixed-height block.
    func chart(_ kind: ChartKind, height: Double, data: ChartData? = nil) {
        let charts = self.charts
        blocks.append(.figure(FigureBlock(height: height, structure: .figure(alt: t(kind.title))) { canvas, x, y, width in
            canvas.alternatives.add(charts.draw(kind, data: data, on: canvas.cr, x: x, y: y, width: width, height: height))
        }))
    }

    /// Two charts side by side.
    func chartPair(_ left: ChartKind, _ right: ChartKind, height: Double) {
        let charts = self.charts
        blocks.append(.figure(FigureBlock(height: height, structure: .figure(alt: t(left.title) + ". " + t(right.title))) { canvas, x, y, width in
            let gap = 12.0, half = (width - gap) / 2
            let a = charts.draw(left, data: nil, on: canvas.cr, x: x, y: y, width: half, height: height)
            let b = charts.draw(right, data: nil, on: canvas.cr, x: x + half + gap, y: y, width: half, height: height)
            canvas.alternatives.add(ChartLayout(canvas: a.canvas, labels: a.labels + b.labels, isEmptyState: a.isEmptyState && b.isEmptyState))
        }))
    }

    func spacer(_ height: Double) { blocks.append(.spacer(height)) }

    func pageBreak() { blocks.append(.pageBreak) }
}
