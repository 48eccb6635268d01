import CCairo

/// A paragraph laid out by Pango at a fixed width, with its lines measured so that the
/// paginator can split it between pages without clipping a line.
final class TextBox {
    /// One laid-out line, in points from the top of the box.
    struct Line {
        var top: Double
        var bottom: Double
        var baseline: Double
        var x: Double
        var width: Double
    }

    let layout: OpaquePointer
    let color: ReportColor
    let width: Double
    let lines: [Line]

    init(layout: OpaquePointer, color: ReportColor, width: Double) {
        self.layout = layout
        self.color = color
        self.width = width
        var lines: [Line] = []
        if let iter = pango_layout_get_iter(layout) {
            repeat {
                var logical = PangoRectangle()
                pango_layout_iter_get_line_extents(iter, nil, &logical)
                let baseline = pango_layout_iter_get_baseline(iter)
                lines.append(Line(top: Self.points(logical.y), bottom: Self.points(logical.y + logical.height),
                                  baseline: Self.points(baseline), x: Self.points(logical.x), width: Self.points(logical.width)))
            } while pango_layout_iter_next_line(iter) != 0
            pango_layout_iter_free(iter)
        }
        self.lines = lines
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(layout)) }

    /// Height of the whole box.
    var height: Double { lines.last?.bottom ?? 0 }

    /// Width of the last line, for leaders in the table of contents.
    var lastLineEnd: Double { lines.last.map { $0.x + $0.width } ?? 0 }

    /// Height of a run of lines.
    func height(of range: Range<Int>) -> Double {
        guard !range.isEmpty else { return 0 }
        return lines[range.upperBound - 1].bottom - lines[range.lowerBound].top
    }

    /// How many lines from `start` fit into `available` points.
    func linesFitting(from start: Int, in available: Double) -> Int {
        guard start < lines.count else { return 0 }
        let top = lines[start].top
        var n = 0
        while start + n < lines.count, lines[start + n].bottom - top <= available + 0.01 { n += 1 }
        return n
    }

    /// Draws a run of lines with the first line's top at `y`.
    func draw(on cr: OpaquePointer, x: Double, y: Double, lines range: Range<Int>? = nil) {
        color.set(on: cr)
        let range = range ?? 0..<lines.count
        if range == 0..<lines.count {
            cairo_move_to(cr, x, y)
            pango_cairo_show_layout(cr, layout)
            return
        }
        guard !range.isEmpty else { return }
        let top = lines[range.lowerBound].top
        for i in range {
            guard let line = pango_layout_get_line_readonly(layout, Int32(i)) else { continue }
            cairo_move_to(cr, x + lines[i].x, y + lines[i].baseline - top)
            pango_cairo_show_layout_line(cr, line)
        }
    }

    private static func points(_ units: Int32) -> Double { Double(units) / Double(PANGO_SCALE) }
}
