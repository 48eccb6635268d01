import SamskapCore

/// Each value and action field across the rounds, as small multiples on the same 1–5 scale.
enum TrendChart {
    static func draw(_ data: ChartData, on c: Canvas) {
        let title = c.t(ChartKind.trend.title)
        let rounds = data.rounds
        guard !rounds.isEmpty, rounds.count == data.results.count else {
            return c.emptyState(c.t(ChartStrings.noRoundEmpty), in: c.header(title, subtitle: nil))
        }
        let subtitle = rounds.count == 1 ? c.t(ChartStrings.needTwoRounds)
            : "\(rounds.first!.label) – \(rounds.last!.label) · \(c.t(ChartStrings.trendOrder))"
        let area = c.header(title, subtitle: subtitle, draw: false)
        let p = c.palette
        let m = c.metrics
        let items = [LegendItem(key: .line(p.experience, dashed: false), text: c.t(ChartStrings.groupMean)),
                     LegendItem(key: .line(p.importance, dashed: true), text: c.t(ChartStrings.importance))]
        let legendHeight = c.legend(items, in: area, draw: false)
        let (legendArea, rest) = area.sliceBottom(legendHeight)
        let grid = rest.sliceBottom(m.gap).1
        let dims = data.model.fields + data.model.values
        let layout = SmallMultiples(count: dims.count, in: grid, gap: m.pad, aspect: 1.5)
        let names = dims.map { "\($0.number). \($0.name)" }
        // Where a panel cannot hold its name in full and a plot worth reading, one row per field or value does.
        guard panelsFit(c, names: names, cell: layout.cells.first ?? grid) else {
            c.header(title, subtitle: subtitle)
            c.legend(items, in: legendArea)
            return TrendRows.draw(c, names: names, ids: dims.map(\.id), rounds: rounds, results: data.results, in: grid)
        }
        // Laid out before anything is drawn, so the panels' insides go down with the background.
        c.paintBackground(with: layout.cells.prefix(dims.count).map { Canvas.Panel(rect: $0, radius: m.corner, color: p.surface) })
        c.header(title, subtitle: subtitle)
        c.legend(items, in: legendArea)
        for (dim, cell) in zip(zip(dims, names), layout.cells) {
            panel(c, name: dim.1, kind: dim.0.id, rounds: rounds, results: data.results, in: cell)
        }
    }

    /// Whether every name fits its panel on one line at full size beside the score, above a plot at least four lines
    /// of small text tall.
    private static func panelsFit(_ c: Canvas, names: [String], cell: ChartRect) -> Bool {
        let m = c.metrics
        let inner = cell.insetBy(m.gap, m.gap * 0.8)
        let chipWidth = max(m.body * 2.6, 30)
        let titleStyle = c.bodyStyle.with(weight: .semibold)
        let room = inner.width - chipWidth - m.gap
        let needed = titleStyle.size * 1.3 + m.gap + m.small * 4 + m.small * 2.4
        guard inner.height >= needed, room > 0 else { return false }
        return names.allSatisfy { name in
            guard let fitted = c.fitted(name, width: room, style: titleStyle) else { return false }
            return !fitted.isEllipsized && fitted.size >= titleStyle.size - 0.01
        }
    }

    private static func panel(_ c: Canvas, name: String, kind id: String, rounds: [AssessmentRound], results: [RoundResults], in r: ChartRect) {
        let p = c.palette
        let m = c.metrics
        c.fill(r, p.surface, radius: m.corner)
        let inner = r.insetBy(m.gap, m.gap * 0.8)
        let experience = results.map { $0.result(id)?.experienceMean }
        let importance = results.map { $0.result(id)?.importanceMean }
        let titleStyle = c.bodyStyle.with(weight: .semibold)
        let chipWidth = max(m.body * 2.6, 30)
        let chipHeight = min(m.body * 1.5, inner.height * 0.3)
        let headerHeight = max(chipHeight, titleStyle.size * 1.3)
        c.label(name, in: ChartRect(x: inner.x, y: inner.y, width: inner.width - chipWidth - m.gap, height: headerHeight),
                style: titleStyle, vertical: .middle)
        c.scoreChip(experience.last ?? nil, in: ChartRect(x: inner.maxX - chipWidth, y: inner.y + (headerHeight - chipHeight) / 2, width: chipWidth, height: chipHeight),
                    style: c.smallStyle.with(weight: .bold))

        let axisStyle = c.smallStyle
        let axisWidth = (c.measure("5", width: 100, style: axisStyle)?.width ?? 8) + m.gap * 0.5
        let footHeight = axisStyle.size * 1.35
        let plot = ChartRect(x: inner.x + axisWidth, y: inner.y + headerHeight + m.gap + axisStyle.size * 0.5,
                             width: inner.width - axisWidth - m.gap,
                             height: inner.maxY - (inner.y + headerHeight + m.gap + axisStyle.size * 0.5) - footHeight - axisStyle.size * 0.5)
        guard plot.height > 6, plot.width > 10 else { return }
        func y(_ s: Double) -> Double { plot.maxY - (s - 1) / 4 * plot.height }
        func x(_ i: Int) -> Double { rounds.count == 1 ? plot.midX : plot.x + plot.width * Double(i) / Double(rounds.count - 1) }
        // Numbers for 1, 3 and 5 where they stand apart; 1 and 5 in a flat panel; none in a very flat one.
        let numberHeight = axisStyle.size * 1.4
        let numbers: Set<Double> = plot.height / 2 >= numberHeight ? [1, 3, 5] : (plot.height >= numberHeight ? [1, 5] : [])
        for s in [1.0, 3.0, 5.0] {
            c.line(plot.x, y(s), plot.maxX, y(s), p.grid, width: m.hairline)
            guard numbers.contains(s) else { continue }
            c.label("\(Int(s))", in: ChartRect(x: inner.x, y: y(s) - axisStyle.size * 0.7, width: axisWidth - m.gap * 0.5, height: axisStyle.size * 1.4),
                    style: axisStyle, align: .trailing, vertical: .middle)
        }
        line(c, importance, x: x, y: y, color: p.importance, dashed: true, shape: .diamond)
        line(c, experience, x: x, y: y, color: p.experience, dashed: false, shape: .circle)

        // First and last round under the plot; each gets half the width so they cannot collide.
        let foot = ChartRect(x: plot.x, y: plot.maxY + axisStyle.size * 0.5, width: plot.width, height: footHeight)
        if rounds.count == 1 {
            c.label(rounds[0].label, in: foot, style: axisStyle, align: .center)
        } else {
            let half = foot.width / 2 - m.gap / 2
            c.label(rounds[0].label, in: ChartRect(x: foot.x, y: foot.y, width: half, height: foot.height), style: axisStyle)
            c.label(rounds[rounds.count - 1].label, in: ChartRect(x: foot.maxX - half, y: foot.y, width: half, height: foot.height),
                    style: axisStyle, align: .trailing)
        }
    }

    static func line(_ c: Canvas, _ values: [Double?], x: (Int) -> Double, y: (Double) -> Double, color: ChartColor,
                             dashed: Bool, shape: MarkerShape) {
        let m = c.metrics
        // Missing rounds break the line rather than bridging them.
        var segment: [(Double, Double)] = []
        func flush() {
            c.polyline(segment, color, width: m.stroke, dash: dashed ? [m.stroke * 2.5, m.stroke * 1.5] : [])
            segment = []
        }
        for (i, v) in values.enumerated() {
            if let v { segment.append((x(i), y(v))) } else { flush() }
        }
        flush()
        let points = values.enumerated().compactMap { i, v in v.map { (x(i), y($0)) } }
        // Markers only where they stand well apart (a dozen rounds or so); a dense series reads better as a
        // line with its latest point marked, and 20 rounds × 11 panels of markers were a third of a 4K draw.
        let spacing = points.count > 1 ? (points.last!.0 - points.first!.0) / Double(points.count - 1) : .infinity
        if spacing >= m.stroke * 8 {
            c.markers(shape, at: points, size: m.stroke * 3.5, fill: color, outline: c.palette.surface)
        } else if let last = points.last {
            c.marker(shape, x: last.0, y: last.1, size: m.stroke * 3.5, fill: color, outline: c.palette.surface)
        }
    }
}
