import CCairo

/// Paints table rows; shared by the paginator and by figures that hold a small table whole.
enum TablePainter {
    /// Paints one row (or the given run of lines of each cell) with its top at `top`. With `cellTag` ("TH" or "TD")
    /// the row and its cells are structure elements of the tagged PDF, inside the table the caller opened.
    static func paintRow(_ row: [TableCell], widths: [Double], on cr: OpaquePointer, x x0: Double, top: Double,
                         lines: [Range<Int>]?, height: Double, zebra: Bool, rule: Bool = true, cellTag: String? = nil) {
        let w = widths.reduce(0, +)
        if zebra {
            ReportStyle.zebraFill.set(on: cr)
            cairo_rectangle(cr, x0, top, w, height)
            cairo_fill(cr)
        }
        var x = x0
        if cellTag != nil { cairo_tag_begin(cr, "TR", "") }
        for (column, cell) in row.enumerated() where column < widths.count {
            if let cellTag { cairo_tag_begin(cr, cellTag, "") }
            defer { if let cellTag { cairo_tag_end(cr, cellTag) } }
            if let fill = cell.fill {
                fill.set(on: cr)
                cairo_rectangle(cr, x + 1, top + 1, widths[column] - 2, height - 2)
                cairo_fill(cr)
            }
            let range = lines?[column]
            var textX = x + TableBlock.padX
            if let status = cell.status {
                if range == nil || range?.lowerBound == 0, let line = cell.box.lines.first {
                    StatusMark.draw(status, on: cr, cx: textX + 4, cy: top + TableBlock.padY + (line.top + line.bottom) / 2)
                }
                textX += TableBlock.markerWidth
            }
            cell.box.draw(on: cr, x: textX, y: top + TableBlock.padY, lines: range)
            x += widths[column]
        }
        if cellTag != nil { cairo_tag_end(cr, "TR") }
        if rule {
            ReportStyle.rule.set(on: cr)
            cairo_rectangle(cr, x0, top + height - 0.4, w, 0.4)
            cairo_fill(cr)
        }
    }

    /// Paints a whole table without a header, row after row; returns the height used.
    @discardableResult
    static func paintWhole(_ table: TableBlock, on cr: OpaquePointer, x: Double, y: Double, tagged: Bool = false) -> Double {
        var top = y
        if tagged { cairo_tag_begin(cr, "Table", "") }
        for index in table.rows.indices {
            let height = table.rowHeight(index)
            paintRow(table.rows[index], widths: table.columnWidths, on: cr, x: x, top: top, lines: nil, height: height, zebra: false,
                     cellTag: tagged ? "TD" : nil)
            top += height
        }
        if tagged { cairo_tag_end(cr, "Table") }
        return top - y
    }
}
