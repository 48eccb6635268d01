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
        let minWidth = max(150, 17 * m.body), minHeight = max(80, 7 * m.body)
        var plan = Self.plan(levels.map(\.1.count), in: body, headHeight: headHeight + m.gap, pad: m.pad, minWidth: minWidth, minHeight: minHeight)
        // Levels with no room at all are named on a line of their own, so none vanishes without a word.
        var hiddenNote: (text: String, box: ChartRect)?
        if plan.rows.contains(0) {
            let (noteBox, rest) = body.sliceBottom(c.smallStyle.size * 1.6)
            body = rest
            plan = Self.plan(levels.map(\.1.count), in: body, headHeight: headHeight + m.gap, pad: m.pad, minWidth: minWidth, minHeight: minHeight)
            let hidden = zip(levels, plan.rows).filter { $0.1 == 0 }.map { "\(c.t($0.0.0.term)) (\($0.0.1.count))" }
            if !hidden.isEmpty { hiddenNote = (c.t(ChartStrings.notShown(hidden.joined(separator: ", "))), noteBox) }
        }
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
        if let hiddenNote { c.label(hiddenNote.text, in: hiddenNote.box, style: c.smallStyle.with(weight: .semibold), vertical: .middle) }
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
            // Wide panels: the summary under the plot reads on one line, and time runs left to right.
            let shape = abs(log(max(1, width) / max(1, height) / 3.2))
            if best == nil || shown > best!.shown || (shown == best!.shown && shape < best!.shape) {
                best = (columns, height, rows, shown, shape)
            }
        }
        return best.map { ($0.columns, $0.panelHeight, $0.rows) } ?? (1, 0, counts.map { _ in 0 })
    }

    /// One indicator's panel filling the canvas, without the chart's title, legend and level: for a page or card
    /// that names the indicator and its status itself (the report's indicator by indicator).
    static func drawSingle(_ data: ChartData, on c: Canvas) {
        guard let indicator = data.document.indicators.first else { return }
        c.paintBackground(with: [])
        panel(c, indicator, progress: data.progress.first { $0.indicatorID == indicator.id },
              measurements: data.measurementsByIndicator[indicator.id] ?? [], in: c.bounds, named: false)
    }

    private static func panel(_ c: Canvas, _ indicator: Indicator, progress: IndicatorProgress?, measurements: [SamskapCore.Measurement],
                              in r: ChartRect, named: Bool = true) {
        let p = c.palette
        let m = c.metrics
        c.fill(r, p.surface, radius: m.corner)
        let inner = r.insetBy(m.gap, m.gap * 0.8)
        let status = progress?.status ?? .noData
        let small = c.smallStyle
        guard named else {
            return body(c, indicator, status: status, measurements: measurements, inner: inner, top: inner.y)
        }
        let tagWidth = min(inner.width * 0.42, (c.measure(c.t(status.term), width: inner.width, style: small)?.width ?? 40) + small.size * 1.4)
        let nameStyle = c.bodyStyle.with(weight: .semibold).scaled(0.9)
        let name = indicator.unit.isEmpty ? indicator.name : "\(indicator.name) (\(indicator.unit))"
        let nameBox = c.label(name, in: ChartRect(x: inner.x, y: inner.y, width: inner.width - tagWidth - m.gap, height: nameStyle.size * 2.6),
                              style: nameStyle, maxLines: 2)
        c.statusTag(status, in: ChartRect(x: inner.maxX - tagWidth, y: inner.y, width: tagWidth, height: small.size * 1.4),
                    style: small.with(color: p.text), align: .trailing)
        let top = max(nameBox?.maxY ?? inner.y, inner.y + small.size * 1.4) + m.gap
        body(c, indicator, status: status, measurements: measurements, inner: inner, top: top)
    }

    /// What a panel shows under its name: the notes of a qualitative indicator, or the plot with its axis, dates and
    /// the baseline, latest and target in words.
    private static func body(_ c: Canvas, _ indicator: Indicator, status: IndicatorStatus, measurements: [SamskapCore.Measurement],
                             inner: ChartRect, top: Double) {
        let p = c.palette
        let m = c.metrics
        let small = c.smallStyle
        if indicator.kind == .qualitative {
            notes(c, measurements.filter { !$0.note.isEmpty }, in: ChartRect(x: inner.x, y: top, width: inner.width, height: inner.maxY - top))
            return
        }
        // Values no measurement may hold (see `Measurement.isUsable`) are left out of the line and the axis.
        let values = measurements.filter { $0.value.map(Measurement.isUsable) ?? false }
        let baselineValue = indicator.baseline.value.flatMap { Measurement.isUsable($0) ? $0 : nil }
        let targetValue = indicator.target.value.flatMap { Measurement.isUsable($0) ? $0 : nil }
        let unit = indicator.unit
        func amount(_ v: Double) -> String { ChartStrings.number(v, c.language) + (unit == "%" ? "\u{00A0}%" : "") }
        var summary: [String] = []
        if let b = indicator.baseline.value { summary.append("\(c.t(ChartStrings.baseline)) \(amount(b))") }
        // The latest value without its date: the line ends there, over the dates of the axis.
        if let last = values.last, let v = last.value { summary.append("\(c.t(ChartStrings.measured)) \(amount(v))") }
        if let t = indicator.target.value {
            summary.append("\(c.t(ChartStrings.target)) \(amount(t))" + (indicator.target.date.map { " (\($0.formatted(c.language)))" } ?? ""))
        }
        // The summary in full at the bottom, on a second line where one will not hold it at full size; the plot, its
        // axis and dates take what is left.
        let summaryText = summary.isEmpty ? c.t(ChartStrings.noMeasurement) : summary.joined(separator: " · ")
        let oneLine = c.fitted(summaryText, width: inner.width, height: small.size * 1.4, style: small, maxLines: 1)
        let wantsTwo = oneLine.map { $0.isEllipsized || $0.size < small.size - 0.01 } ?? true
        // A second line only where a plot of a few lines' height still fits above it.
        let lines = wantsTwo && inner.maxY - top > small.size * (2.6 + 1.35 + 4) ? 2 : 1
        let footHeight = c.measure(summaryText, width: inner.width, height: small.size * 1.3 * Double(lines), style: small,
                                   maxLines: lines)?.height ?? small.size * 1.35
        let foot = ChartRect(x: inner.x, y: inner.maxY - footHeight, width: inner.width, height: footHeight)
        c.label(summaryText, in: foot, style: small, maxLines: lines)

        // Domain: every dated thing we know, so baseline, measurements and target share one axis.
        var days = values.map { $0.date.ordinal }
        if let d = indicator.baseline.date { days.append(d.ordinal) }
        if let d = indicator.target.date { days.append(d.ordinal) }
        var numbers = values.compactMap(\.value)
        if let b = baselineValue { numbers.append(b) }
        if let t = targetValue { numbers.append(t) }
        // Earlier targets share the axis too, so the step line of a changed target stays in the plot.
        let steps = indicator.targetHistory.isEmpty ? [] : indicator.targetSteps.filter { $0.value.map(Measurement.isUsable) ?? false }
        for step in steps {
            numbers.append(step.value!)
            if let from = step.from { days.append(from.ordinal) }
        }
        let axisStyle = c.smallStyle
        let datesHeight = axisStyle.size * 1.35
        let area = ChartRect(x: inner.x, y: top + m.gap * 0.5, width: inner.width, height: foot.y - m.gap * 0.5 - top - m.gap * 0.5)
        guard let d0 = days.min(), let d1 = days.max(), let lo = numbers.min(), let hi = numbers.max(), area.height > datesHeight + 8 else {
            if area.height > 8 { c.line(area.x, area.midY, area.maxX, area.midY, p.grid, width: m.hairline, dash: [m.stroke, m.stroke]) }
            return
        }
        let scale = AxisScale(lo: lo, hi: hi)
        let tickTexts = scale.ticks.map { amount($0) }
        let axisWidth = (tickTexts.compactMap { c.measure($0, width: inner.width / 2, style: axisStyle)?.width }.max() ?? 0) + m.gap * 0.5
        let plot = ChartRect(x: area.x + axisWidth + m.gap * 0.5, y: area.y + axisStyle.size * 0.5,
                             width: area.width - axisWidth - m.gap, height: area.height - datesHeight - axisStyle.size * 0.5)
        guard plot.height > 8, plot.width > 20 else { return }
        let span = max(1, Double(d1 - d0))
        func x(_ d: Int) -> Double { d1 == d0 ? plot.midX : plot.x + Double(d - d0) / span * plot.width }
        func y(_ v: Double) -> Double { plot.maxY - (v - scale.lower) / (scale.upper - scale.lower) * plot.height }
        // The axis: a value at each tick where the ticks stand apart, bottom and top otherwise, and only the top
        // where a low panel has no room for two (the values themselves are written beside the line).
        let spaced = plot.height / Double(max(1, scale.ticks.count - 1)) >= axisStyle.size * 1.2
        let endsApart = plot.height >= axisStyle.size * 1.45
        for (i, tick) in scale.ticks.enumerated() {
            c.line(plot.x, y(tick), plot.maxX, y(tick), p.grid, width: m.hairline)
            let isTop = i == scale.ticks.count - 1
            guard spaced || isTop || (i == 0 && endsApart) else { continue }
            c.label(tickTexts[i], in: ChartRect(x: area.x, y: y(tick) - axisStyle.size * 0.7, width: axisWidth - m.gap * 0.5, height: axisStyle.size * 1.4),
                    style: axisStyle, align: .trailing, vertical: .middle)
        }
        // Dates: the first and the last under the plot, each in its own half so they cannot collide.
        let dates = ChartRect(x: plot.x, y: plot.maxY + m.gap * 0.3, width: plot.width, height: datesHeight)
        let first = Day(ordinal: d0).formatted(c.language), last = Day(ordinal: d1).formatted(c.language)
        if d0 == d1 {
            c.label(first, in: dates, style: axisStyle, align: .center)
        } else {
            let half = dates.width / 2 - m.gap / 2
            c.label(first, in: ChartRect(x: dates.x, y: dates.y, width: half, height: dates.height), style: axisStyle)
            c.label(last, in: ChartRect(x: dates.maxX - half, y: dates.y, width: half, height: dates.height), style: axisStyle, align: .trailing)
        }
        if steps.count > 1 {
            // Targets change as people learn: each held from the day it was set until the next, a step line over time.
            var points: [(Double, Double)] = []
            for (i, step) in steps.enumerated() {
                let start = i == 0 ? plot.x : x(step.from?.ordinal ?? d0)
                let end = i + 1 < steps.count ? x(steps[i + 1].from?.ordinal ?? d1) : plot.maxX
                points.append((start, y(step.value!)))
                points.append((end, y(step.value!)))
            }
            c.polyline(points, p.muted, width: m.hairline * 1.3, dash: [m.stroke * 2, m.stroke * 1.5])
        } else if let t = targetValue {
            c.line(plot.x, y(t), plot.maxX, y(t), p.muted, width: m.hairline * 1.3, dash: [m.stroke * 2, m.stroke * 1.5])
        }
        if let t = targetValue {
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
