import SamskapCore

/// One cell of a report table.
struct TableCell {
    var box: TextBox
    /// A background, e.g. the score shade.
    var fill: ReportColor?
    /// A status mark drawn before the text (colour, shape and word together).
    var status: IndicatorStatus?
}

/// A table with a header row that repeats on every page the table runs onto.
struct TableBlock {
    enum Style {
        /// Header row, zebra rows, hairlines.
        case grid
        /// Key–value pairs: no header, hairlines only.
        case keyValue
    }

    static let padX = 4.0
    static let padY = 3.5
    /// Room the status mark takes before a cell's text.
    static let markerWidth = 11.0

    var columnWidths: [Double]
    var header: [TableCell]?
    var rows: [[TableCell]]
    var style: Style = .grid
    var spaceBefore: Double = 2
    var spaceAfter: Double = 10

    var width: Double { columnWidths.reduce(0, +) }

    var headerHeight: Double { header.map(Self.height(of:)) ?? 0 }

    func rowHeight(_ index: Int) -> Double { Self.height(of: rows[index]) }

    static func height(of row: [TableCell]) -> Double {
        (row.map(\.box.height).max() ?? 0) + 2 * padY
    }
}
