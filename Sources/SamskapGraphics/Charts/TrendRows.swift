import SamskapCore

/// The trend chart where panels would be too small to read (the report's page width, a narrow window): one row per
/// action field and value, with its name in full, a line over the rounds on the 1–5 scale and the first and latest
/// experience printed.
enum TrendRows {
    static func draw(_ c: Canvas, names: [String], ids: [String], rounds: [AssessmentRound], results: [RoundResults], in area: ChartRect) {
        let p = c.palette
        let m = c.metrics
        let rowHeight = min(area.height / Double(max(1, names.count)), m.body * 2.6)
        let nameStyle = c.bodyStyle
        let valueStyle = c.bodyStyle.with(weight: .semibold)
        let experience = ids.map { id in results.map { $0.result(id)?.experienceMean } }
        let importance = ids.map { id in results.map { $0.result(id)?.importanceMean } }
        let values = experience.map { series in valueText(series, c.language) }

        let valueWidth = values.compactMap { c.measure($0, width: area.width, style: valueStyle)?.width }.max() ?? 0
        let widest = names.compactMap { c.measure($0, width: area.width, style: nameStyle)?.width }.max() ?? 0
        let nameWidth = min(area.width * 0.45, widest + m.gap)
        let plotX = area.x + nameWidth + m.pad
        let plotWidth = area.width - nameWidth - valueWidth - 2 * m.pad
        for (i, name) in names.enumerated() {
            let row = ChartRect(x: area.x, y: area.y + Double(i) * rowHeight, width: area.width, height: rowHeight)
            if i % 2 == 0 { c.fill(row, p.surface, radius: m.corner * 0.5) }
            c.label(name, in: ChartRect(x: row.x + m.gap * 0.5, y: row.y, width: nameWidth - m.gap * 0.5 + 1, height: row.height),
                    style: nameStyle, vertical: .middle, maxLines: 2)
            c.label(values[i], in: ChartRect(x: row.maxX - valueWidth - m.gap * 0.5, y: row.y, width: valueWidth, height: row.height),
                    style: valueStyle, align: .trailing, vertical: .middle)
            guard plotWidth > m.pad * 2 else { continue }
            let plot = row.insetBy(0, max(m.hairline * 2, row.height * 0.15))
            func y(_ s: Double) -> Double { plot.maxY - (s - 1) / 4 * plot.height }
            func x(_ k: Int) -> Double {
                rounds.count == 1 ? plotX + plotWidth / 2 : plotX + plotWidth * Double(k) / Double(rounds.count - 1)
            }
            c.line(plotX, y(3), plotX + plotWidth, y(3), p.grid, width: m.hairline, dash: [m.stroke, m.stroke])
            TrendChart.line(c, importance[i], x: x, y: y, color: p.importance, dashed: true, shape: .diamond)
            TrendChart.line(c, experience[i], x: x, y: y, color: p.experience, dashed: false, shape: .circle)
        }
    }

    /// "2,8 → 4,0": the first round's experience and the latest; one number for one round; a dash for none.
    private static func valueText(_ series: [Double?], _ language: Language) -> String {
        let known = series.compactMap { $0 }
        guard let first = known.first, let last = known.last else { return "–" }
        if known.count == 1 { return ChartStrings.score(last, language) }
        return "\(ChartStrings.score(first, language)) → \(ChartStrings.score(last, language))"
    }
}
