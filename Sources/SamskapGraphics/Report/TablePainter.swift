import CCairo

/// Paints table rows; shared by the paginator and by figures that hold a small table whole.
enum TablePainter {
    /// Paints one row (or the given run of lines of each cell) with its top at `top`.
    static func paintRow(_ row: [TableCell], widths: [Double], on cr: OpaquePointer, x x0: Double, top: Double,
                         lines: [Range<Int>]?, height: Double, zebra: Bool, rule: Bool = true) {
        let w = widths.reduce(0, +)
        if zebra {
            ReportStyle.zebraFill.set(on: cr)
            cairo_rectangle(cr, x0, top, w, height)
            cairo_fill(cr)
        }
        var x = x0
        for (column, cell) in row.enumerated() where column < widths.count {
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
        if rule {
            ReportStyle.rule.set(on: cr)
            cairo_rectangle(cr, x0, top + height - 0.4, w, 0.4)
            cairo_fill(cr)
        }
    }

    /// Paints a whole table without a header, row after row; returns the height used.
    @discardableResult
    static func paintWhole(_ table: TableBlock, on cr: OpaquePointer, x: Double, y: Double) -> Double {
        var top = y
        for index in table.rows.indices {
            let height = table.rowHeight(index)
            paintRow(table.rows[index], widths: table.columnWidths, on: cr, x: x, top: top, lines: nil, height: height, zebra: false)
            top += height
        }
        return top - y
    }
}
