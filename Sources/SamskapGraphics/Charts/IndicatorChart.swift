import FoundationEssentials
import Glibc
import SamskapCore

/// Progress of every indicator: a small time series per quantitative indicator (baseline, measurements,
/// target line and date, status by colour, shape and word), a dated strip of notes per qualitative one,
/// grouped by level of the results chain.
enum IndicatorChart {
    static func draw(_ data: ChartData, on c: Canvas) {
        let title = c.t(ChartKind.indicators.title)
        let indicators = data.document.indicators
        guard !indicators.isEmpty else { return c.emptyState(c.t(ChartStrings.noIndicators), in: c.header(title, subtitle: nil)) }
        // Counted and grouped by index: a thousand indicators copied into filtered arrays on every redraw
        // cost more than drawing the twenty that are shown.
        var tally: [IndicatorStatus: Int] = [:]
        for i in data.progress.indices { tally[data.progress[i].status, default: 0] += 1 }
        let counts = IndicatorStatus.allCases.compactMap { s in tally[s].map { (s, $0) } }
        let subtitle = counts.map { "\($0.1) \(c.t($0.0.term).lowercased())" }.joined(separator: " · ")
        let area = c.header(title, subtitle: subtitle, draw: false)
        let p = c.palette
        let m = c.metrics
        let items = [IndicatorStatus.onTrack, .behind, .noData, .described].map {
            LegendItem(key: .marker(p.status($0).shape, p.status($0).color), text: c.t($0.term))
        } + [LegendItem(key: .line(p.muted, dashed: true), text: c.t(ChartStrings.target))]
        let legendHeight = c.legend(items, in: area, draw: false)
        let (legendArea, rest) = area.sliceBottom(legendHeight)
        var body = rest.sliceBottom(m.gap).1

        // Key indicators first within each level, otherwise in the project's order; levels in the order of the chain.
        var keyed: [IndicatorLevel: [Int]] = [:], others: [IndicatorLevel: [Int]] = [:]
        for i in indicators.indices {
            if indicators[i].isKey { keyed[indicators[i].level, default: []].append(i) } else { others[indicators[i].level, default: []].append(i) }
        }
        let levels = IndicatorLevel.allCases.compactMap { level -> (IndicatorLevel, [Int])? in
            let list = (keyed[level] ?? []) + (others[level] ?? [])
            return list.isEmpty ? nil : (level, list)
        }
        let headStyle = c.bodyStyle.with(weight: .bold)
        let headHeight = headStyle.size * 1.5
        let plan = Self.plan(levels.map(\.1.count), in: body, headHeight: headHeight + m.gap, pad: m.pad,
                             minWidth: max(150, 17 * m.body), minHeight: max(80, 7 * m.body))
        let width = (body.width - m.pad * Double(plan.columns - 1)) / Double(plan.columns)
        // Laid out before anything is drawn, so the panels' insides go down with the background.
        var sections: [(heading: String, box: ChartRect, panels: [(Indicator, ChartRect)])] = []
        for ((level, list), rows) in zip(levels, plan.rows) where rows > 0 {
            let shown = min(list.count, rows * plan.columns)
            let heading = shown < list.count ? c.t(ChartStrings.shownOf(c.t(level.term), shown, list.count)) : "\(c.t(level.term)) (\(list.count))"
            let box = ChartRect(x: body.x, y: body.y, width: body.width, height: headHeight)
            body = body.sliceTop(headHeight + m.gap).1
            let panels = (0..<shown).map { index in
                (indicators[list[index]], ChartRect(x: body.x + Double(index % plan.columns) * (width + m.pad),
                                        y: body.y + Double(index / plan.columns) * (plan.panelHeight + m.pad), width: width, height: plan.panelHeight))
            }
            sections.append((heading, box, panels))
            body = body.sliceTop(Double(rows) * (plan.panelHeight + m.pad)).1
        }
        c.paintBackground(with: sections.flatMap { $0.panels.map { Canvas.Panel(rect: $0.1, radius: m.corner, color: p.surface) } })
        c.header(title, subtitle: subtitle)
        c.legend(items, in: legendArea)
        let wanted = Set(sections.flatMap { $0.panels.map(\.0.id) })
        var progress: [UUID: IndicatorProgress] = [:]
        for i in data.progress.indices where wanted.contains(data.progress[i].indicatorID) && progress[data.progress[i].indicatorID] == nil {
            progress[data.progress[i].indicatorID] = data.progress[i]
        }
        for section in sections {
            c.label(section.heading, in: section.box, style: headStyle, vertical: .middle)
            for (indicator, cell) in section.panels {
                panel(c, indicator, progress: progress[indicator.id], measurements: data.measurementsByIndicator[indicator.id] ?? [], in: cell)
            }
        }
    }

    /// Columns, panel height and rows per level: every indicator when they fit at the minimum panel size,
    /// else at least one row per level and the rest shared out, so no level vanishes behind a big one.
    static func plan(_ counts: [Int], in body: ChartRect, headHeight: Double, pad: Double, minWidth: Double,
                     minHeight: Double) -> (columns: Int, panelHeight: Double, rows: [Int]) {
        let available = body.height - Double(counts.count) * headHeight
        var best: (columns: Int, panelHeight: Double, rows: [Int], shown: Int, shape: Double)?
        let maxColumns = max(1, min(6, Int((body.width + pad) / (minWidth + pad))))
        for columns in 1...maxColumns {
            let width = (body.width - pad * Double(columns - 1)) / Double(columns)
            let need = counts.map { ($0 + columns - 1) / columns }
            var rows = need
            var height = available / Double(max(1, need.reduce(0, +))) - pad
            if height < minHeight {
                let capacity = max(0, Int((available + 0.01) / (minHeight + pad)))
                rows = Array(repeating: 0, count: counts.count)
                var left = capacity
                // One row each first, in the chain's order, then round by round to those that want more.
                while left > 0, rows.indices.contains(where: { rows[$0] < need[$0] }) {
                    for i in rows.indices where left > 0 && rows[i] < need[i] {
                        rows[i] += 1
                        left -= 1
                    }
                }
                height = capacity > 0 ? available / Double(capacity) - pad : 0
            }
            height = min(height, width / 1.3)
            let shown = zip(rows, counts).reduce(0) { $0 + min($1.1, $1.0 * columns) }
            let shape = abs(log(max(1, width) / max(1, height) / 2.4))
            if best == nil || shown > best!.shown || (shown == best!.shown && shape < best!.shape) {
                best = (columns, height, rows, shown, shape)
            }
        }
        return best.map { ($0.columns, $0.panelHeight, $0.rows) } ?? (1, 0, counts.map { _ in 0 })
    }

    private static func panel(_ c: Canvas, _ indicator: Indicator, progress: IndicatorProgress?, measurements: [SamskapCore.Measurement], in r: ChartRect) {
        let p = c.palette
        let m = c.metrics
        c.fill(r, p.surface, radius: m.corner)
        let inner = r.insetBy(m.gap, m.gap * 0.8)
        let status = progress?.status ?? .noData
        let small = c.smallStyle
        let tagWidth = min(inner.width * 0.42, (c.measure(c.t(status.term), width: inner.width, style: small)?.width ?? 40) + small.size * 1.4)
        let nameStyle = c.bodyStyle.with(weight: .semibold).scaled(0.9)
        let name = indicator.unit.isEmpty ? indicator.name : "\(indicator.name) (\(indicator.unit))"
        let nameBox = c.label(name, in: ChartRect(x: inner.x, y: inner.y, width: inner.width - tagWidth - m.gap, height: nameStyle.size * 2.6),
                              style: nameStyle, maxLines: 2)
        c.statusTag(status, in: ChartRect(x: inner.maxX - tagWidth, y: inner.y, width: tagWidth, height: small.size * 1.4),
                    style: small.with(color: p.text), align: .trailing)
        let top = max(nameBox?.maxY ?? inner.y, inner.y + small.size * 1.4) + m.gap
        let footHeight = small.size * 1.35
        if indicator.kind == .qualitative {
            notes(c, measurements.filter { !$0.note.isEmpty }, in: ChartRect(x: inner.x, y: top, width: inner.width, height: inner.maxY - top))
            return
        }
        let plot = ChartRect(x: inner.x + m.gap, y: top + m.gap * 0.5, width: inner.width - 2 * m.gap, height: inner.maxY - top - footHeight - m.gap * 1.5)
        let foot = ChartRect(x: inner.x, y: inner.maxY - footHeight, width: inner.width, height: footHeight)
        // Values no measurement may hold (see `Measurement.isUsable`) are left out of the line and the axis.
        let values = measurements.filter { $0.value.map(Measurement.isUsable) ?? false }
        let baselineValue = indicator.baseline.value.flatMap { Measurement.isUsable($0) ? $0 : nil }
        let targetValue = indicator.target.value.flatMap { Measurement.isUsable($0) ? $0 : nil }
        var summary: [String] = []
        if let b = indicator.baseline.value { summary.append("\(c.t(ChartStrings.baseline)) \(ChartStrings.number(b, c.language))") }
        if let last = values.last, let v = last.value { summary.append("\(c.t(ChartStrings.measured)) \(ChartStrings.number(v, c.language)) (\(last.date.formatted(c.language)))") }
        if let t = indicator.target.value {
            summary.append("\(c.t(ChartStrings.target)) \(ChartStrings.number(t, c.language))" + (indicator.target.date.map { " (\($0.formatted(c.language)))" } ?? ""))
        }
        c.label(summary.isEmpty ? c.t(ChartStrings.noMeasurement) : summary.joined(separator: " · "), in: foot, style: small)
        guard plot.height > 8, plot.width > 20 else { return }

        // Domain: every dated thing we know, so baseline, measurements and target share one axis.
        var days = values.map { $0.date.ordinal }
        if let d = indicator.baseline.date { days.append(d.ordinal) }
        if let d = indicator.target.date { days.append(d.ordinal) }
        var numbers = values.compactMap(\.value)
        if let b = baselineValue { numbers.append(b) }
        if let t = targetValue { numbers.append(t) }
        guard let d0 = days.min(), let d1 = days.max(), let lo = numbers.min(), let hi = numbers.max() else {
            c.line(plot.x, plot.midY, plot.maxX, plot.midY, p.grid, width: m.hairline, dash: [m.stroke, m.stroke])
            return
        }
        let span = max(1, Double(d1 - d0))
        let pad = max(1e-9, (hi - lo) * 0.12 + (hi == lo ? max(1, abs(hi) * 0.1) : 0))
        func x(_ d: Int) -> Double { d1 == d0 ? plot.midX : plot.x + Double(d - d0) / span * plot.width }
        func y(_ v: Double) -> Double { plot.maxY - (v - (lo - pad)) / ((hi + pad) - (lo - pad)) * plot.height }
        c.line(plot.x, plot.maxY, plot.maxX, plot.maxY, p.grid, width: m.hairline)
        if let t = targetValue {
            c.line(plot.x, y(t), plot.maxX, y(t), p.muted, width: m.hairline * 1.3, dash: [m.stroke * 2, m.stroke * 1.5])
            if let td = indicator.target.date {
                c.line(x(td.ordinal), plot.y, x(td.ordinal), plot.maxY, p.grid, width: m.hairline, dash: [m.stroke, m.stroke])
                c.marker(.diamond, x: x(td.ordinal), y: y(t), size: m.stroke * 4.5, fill: p.muted, outline: p.surface)
            }
        }
        let measured = values.map { (x($0.date.ordinal), y($0.value!)) }
        var line = measured
        var baseline: (Double, Double)?
        if let b = baselineValue {
            let bd = indicator.baseline.date?.ordinal ?? values.first?.date.ordinal ?? d0
            baseline = (x(bd), y(b))
            // In date order: a baseline dated after some measurements sits among them, not in front of them.
            line.insert(baseline!, at: values.firstIndex { $0.date.ordinal >= bd } ?? values.count)
        }
        c.polyline(line, p.experience, width: m.stroke)
        if let baseline {
            c.marker(.square, x: baseline.0, y: baseline.1, size: m.stroke * 3.5, fill: p.surface, outline: p.experience)
        }
        let spacing = measured.count > 1 ? plot.width / Double(measured.count) : .infinity
        if spacing >= m.stroke * 4 { c.markers(.circle, at: measured, size: m.stroke * 3, fill: p.experience) }
        if let last = measured.last {
            let s = p.status(status)
            c.marker(s.shape, x: last.0, y: last.1, size: m.stroke * 5.5, fill: s.color, outline: p.background)
        }
    }

    /// Qualitative indicators: dots on a dated strip, and the latest notes as lines below.
    private static func notes(_ c: Canvas, _ notes: [SamskapCore.Measurement], in r: ChartRect) {
        let p = c.palette
        let m = c.metrics
        let small = c.smallStyle.with(color: p.text)
        guard !notes.isEmpty else {
            c.label(c.t(ChartStrings.noNotes), in: r, style: c.smallStyle, vertical: .middle)
            return
        }
        let stripY = r.y + m.gap
        c.line(r.x + m.gap, stripY, r.maxX - m.gap, stripY, p.grid, width: m.stroke)
        let d0 = notes.first!.date.ordinal
        let span = max(1, Double(notes.last!.date.ordinal - d0))
        let dots = notes.map { n in
            (notes.count == 1 ? r.midX : r.x + m.gap + Double(n.date.ordinal - d0) / span * (r.width - 2 * m.gap), stripY)
        }
        c.markers(.square, at: dots, size: m.stroke * 3.5, fill: p.status(.described).color, outline: p.surface)
        var y = stripY + m.gap * 1.5
        let lineHeight = small.size * 1.35
        for n in notes.reversed() {
            guard y + lineHeight <= r.maxY + 0.5 else { break }
            if let box = c.label("\(n.date.formatted(c.language)): \(n.note)", in: ChartRect(x: r.x, y: y, width: r.width, height: lineHeight), style: small) {
                y = box.maxY + m.gap * 0.3
            } else { break }
        }
    }
}
