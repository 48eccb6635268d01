import SamskapCore

/// The workshop's agenda: values and fields ranked by how much the respondents differ,
/// and by how far experience falls short of importance. Flags carry a shape and a word, not only colour.
enum DivergenceChart {
    private struct Row {
        let name: String
        let value: Double
        let flagged: Bool
    }

    static func draw(_ data: ChartData, on c: Canvas) {
        let title = c.t(ChartKind.divergence.title)
        guard let current = data.currentRound else {
            return c.emptyState(c.t(ChartStrings.noRoundEmpty), in: c.header(title, subtitle: nil))
        }
        let area = c.header(title, subtitle: "\(c.t(ChartStrings.round)): \(current.round.label) · \(current.round.date.formatted(c.language))")
        let names = Dictionary(data.model.allDimensions.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let spread = current.results.mostDisputed.map {
            Row(name: names[$0.dimensionID] ?? $0.dimensionID, value: $0.spread ?? 0, flagged: $0.isDivergent)
        }
        let gap = current.results.largestGaps.map {
            Row(name: names[$0.dimensionID] ?? $0.dimensionID, value: $0.gap ?? 0, flagged: $0.hasUnmetExpectation)
        }
        guard !spread.isEmpty || !gap.isEmpty else { return c.emptyState(c.t(ChartStrings.allHidden), in: area) }

        let m = c.metrics
        // Side by side where half a half holds the longest name at the smallest size; one above the other otherwise.
        let smallest = TextStyle(size: m.minText, minSize: m.minText, weight: .semibold, color: c.palette.text)
        let longest = (spread + gap).compactMap { c.measure($0.name, width: 100_000, style: smallest)?.width }.max() ?? 0
        let side = area.width > area.height * 1.25 && (area.width - m.pad * 2) / 2 * 0.5 >= longest
        let panels: (ChartRect, ChartRect)
        if side {
            let w = (area.width - m.pad * 2) / 2
            panels = (ChartRect(x: area.x, y: area.y, width: w, height: area.height),
                      ChartRect(x: area.maxX - w, y: area.y, width: w, height: area.height))
        } else {
            let h = (area.height - m.pad * 1.5) / 2
            panels = (ChartRect(x: area.x, y: area.y, width: area.width, height: h),
                      ChartRect(x: area.x, y: area.maxY - h, width: area.width, height: h))
        }
        panel(c, heading: c.t(ChartStrings.spread), rows: spread, threshold: ProcessThresholds.divergentSpread,
              flag: c.t(ChartStrings.divergentFlag), in: panels.0)
        panel(c, heading: c.t(ChartStrings.gap), rows: gap, threshold: ProcessThresholds.unmetGap,
              flag: c.t(ChartStrings.unmetFlag), in: panels.1)
    }

    private static func panel(_ c: Canvas, heading: String, rows: [Row], threshold: Double, flag: String, in r: ChartRect) {
        let m = c.metrics
        let p = c.palette
        let headStyle = c.bodyStyle.with(weight: .semibold)
        let headBox = c.label(heading, in: ChartRect(x: r.x, y: r.y, width: r.width, height: headStyle.size * 2.6), style: headStyle, maxLines: 2)
        var body = ChartRect(x: r.x, y: (headBox?.maxY ?? r.y) + m.gap, width: r.width, height: 0)
        // Room under the bars for the threshold's words.
        let footHeight = c.smallStyle.size * 1.4
        body.height = max(0, r.maxY - body.y - footHeight)
        guard !rows.isEmpty, body.height > 4 else { return }

        // The rows are ranked: when not all fit at the smallest readable size, the top ones are shown and the rest counted.
        let fitting = max(1, Int(body.height / (m.minText * 1.3)))
        let hidden = rows.count > fitting ? rows.count - fitting : 0
        let rows = Array(rows.prefix(fitting))
        let rowHeight = body.height / Double(rows.count)
        let valueStyle = TextStyle(size: max(m.minText, min(m.body, rowHeight * 0.72)), minSize: m.minText, color: p.text)
        let valueWidth = (c.measure("−0,0", width: r.width, style: valueStyle)?.width ?? 30) + m.gap
        let flagStyle = valueStyle.with(weight: .semibold)
        let flagWords = (c.measure(flag, width: r.width, style: flagStyle)?.width ?? 0) + valueStyle.size * 1.4
        // The flag's word beside the bars where it fits; otherwise the triangle alone, explained under the bars.
        let flagInRows = flagWords <= r.width * 0.2
        let flagWidth = flagInRows ? flagWords : valueStyle.size * 1.2
        let (labelWidth, rowStyle) = labelColumn(c, names: rows.map(\.name), maxWidth: r.width * 0.45, rowHeight: rowHeight, size: valueStyle.size)
        let barArea = ChartRect(x: r.x + labelWidth + m.gap, y: body.y, width: max(10, r.width - labelWidth - flagWidth - valueWidth - m.gap * 2), height: body.height)
        let lo = min(0, rows.map(\.value).min() ?? 0)
        let hi = max(threshold * 1.5, rows.map(\.value).max() ?? 0)
        func x(_ v: Double) -> Double { barArea.x + (v - lo) / (hi - lo) * barArea.width }

        // Zero line and threshold, with the threshold's words under the bars.
        c.line(x(0), body.y, x(0), body.maxY, p.muted, width: m.hairline)
        c.line(x(threshold), body.y, x(threshold), body.maxY, p.flag, width: m.hairline * 1.5, dash: [m.stroke * 2, m.stroke * 1.5])
        let thresholdText = "\(c.t(ChartStrings.threshold)) \(ChartStrings.score(threshold, c.language))"
        c.label(flagInRows ? thresholdText : "▲ \(flag) · \(thresholdText)",
                in: ChartRect(x: r.x, y: body.maxY + 2, width: barArea.maxX - r.x, height: footHeight), style: c.smallStyle,
                align: .trailing)
        if hidden > 0 {
            c.label(c.t(ChartStrings.more(hidden)), in: ChartRect(x: r.x, y: body.maxY + 2, width: max(1, barArea.x - r.x - m.gap), height: footHeight),
                    style: c.smallStyle.with(weight: .semibold))
        }

        for (i, row) in rows.enumerated() {
            let y = body.y + Double(i) * rowHeight
            let rowBox = ChartRect(x: r.x, y: y, width: r.width, height: rowHeight)
            let style = row.flagged ? rowStyle.with(weight: .semibold) : rowStyle
            c.label(row.name, in: ChartRect(x: rowBox.x, y: y, width: labelWidth, height: rowHeight), style: style, vertical: .middle, maxLines: 2)
            let barHeight = rowHeight * 0.62
            let x0 = min(x(0), x(row.value))
            let bar = ChartRect(x: x0, y: y + (rowHeight - barHeight) / 2, width: max(m.hairline, abs(x(row.value) - x(0))), height: barHeight)
            c.fill(bar, row.flagged ? p.flag : p.flattened(p.experience.opacity(0.8)), radius: m.corner * 0.5)
            c.label(ChartStrings.score(row.value, c.language).replacing("-", with: "−"),
                    in: ChartRect(x: barArea.maxX + m.gap, y: y, width: valueWidth, height: rowHeight),
                    style: row.flagged ? flagStyle : valueStyle, vertical: .middle)
            if row.flagged {
                let fx = barArea.maxX + m.gap + valueWidth
                let size = valueStyle.size * 0.8
                c.marker(.triangle, x: fx + size / 2, y: rowBox.midY, size: size, fill: p.flag, outline: p.background)
                guard flagInRows else { continue }
                c.label(flag, in: ChartRect(x: fx + size + m.gap * 0.5, y: y, width: max(1, r.maxX - fx - size - m.gap * 0.5), height: rowHeight),
                        style: flagStyle.with(color: p.text), vertical: .middle)
            }
        }
    }

    /// One size for every name in the column, the largest at which each fits in full (wrapped to two lines where the
    /// row is tall enough), and the column as wide as the widest name needs, up to `maxWidth`.
    private static func labelColumn(_ c: Canvas, names: [String], maxWidth: Double, rowHeight: Double, size: Double) -> (Double, TextStyle) {
        let m = c.metrics
        var candidate = size
        while true {
            let style = TextStyle(size: candidate, minSize: candidate, color: c.palette.text)
            let bold = style.with(weight: .semibold)
            let widest = names.compactMap { c.measure($0, width: 100_000, style: bold)?.width }.max() ?? 0
            let width = min(maxWidth, widest + 1)
            let lines = rowHeight >= candidate * 2.5 ? 2 : 1
            let fits = names.allSatisfy { name in
                guard let fitted = c.fitted(name, width: width, height: rowHeight, style: bold, maxLines: lines) else { return false }
                return !fitted.isEllipsized && !fitted.isBrokenMidWord
            }
            if fits || candidate <= m.minText + 0.01 {
                return (width, TextStyle(size: candidate, minSize: m.minText, color: c.palette.text))
            }
            candidate = max(m.minText, candidate * 0.92)
        }
    }
}
