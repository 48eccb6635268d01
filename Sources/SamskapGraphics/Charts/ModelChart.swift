import SamskapCore

/// Figure 5 in our own drawing: seven action fields as bands, four values as pillars through them,
/// coloured by the mean experience of the latest round (neutral with a note before the first round).
enum ModelChart {
    static func draw(_ data: ChartData, on c: Canvas) {
        let current = data.currentRound
        let results = current?.results
        var subtitle: String?
        if let current {
            let n = Set(data.document.answers(in: current.round.id).map(\.respondentID)).count
            subtitle = "\(c.t(ChartStrings.round)): \(current.round.label) · \(current.round.date.formatted(c.language)) · \(n) \(c.t(ChartStrings.respondents))"
        }
        let area = c.header(c.t(ChartKind.model.title), subtitle: subtitle)
        let fields = data.model.fields
        let values = data.model.values
        guard !fields.isEmpty || !values.isEmpty else { return c.emptyState(c.t(ChartStrings.noRoundYet), in: area) }

        // Legend: the score ramp with its numbers, then the note on what is missing.
        var items: [LegendItem] = [LegendItem(key: .none, text: c.t(ChartStrings.scoreScale) + ":")]
        items += (1...5).map { LegendItem(key: .swatch(c.palette.sequential(Double($0))), text: "\($0)") }
        let anyHidden = results?.dimensions.contains { $0.isHidden } ?? false
        if results == nil { items.append(LegendItem(key: .none, text: c.t(ChartStrings.noRoundYet))) }
        else if anyHidden { items.append(LegendItem(key: .none, text: c.t(ChartStrings.hiddenNote))) }
        let legendHeight = c.legend(items, in: area, draw: false)
        let (legendArea, rest) = area.sliceBottom(legendHeight)
        c.legend(items, in: legendArea)
        let plot = rest.sliceBottom(c.metrics.pad).1

        func mean(_ id: String) -> Double? { results?.result(id)?.experienceMean }
        let m = c.metrics
        let chipWidth = max(m.body * 2.8, 36 * m.unit)
        let chipHeight = m.body * 1.6
        // The label column is as wide as the longest field name on one line needs, within limits, so names
        // stay whole where they can; the rest wrap to two lines, then shrink, and only then end in "…".
        let names = fields.map { "\($0.number). \($0.name)" }
        let natural = names.compactMap { c.measure($0, width: plot.width, style: c.bodyStyle)?.width }.max() ?? 0
        let labelWidth = min(max(min(max(plot.width * 0.28, 120), 30 * m.body), natural + chipWidth + m.gap * 1.5), plot.width * 0.5)
        let (labelColumn, bandsArea) = plot.sliceLeft(labelWidth)
        let headerHeight = m.body * 2.7 + chipHeight + m.gap
        let bandTop = bandsArea.y + headerHeight
        let bandGap = max(2, m.gap * 0.6)
        let bandHeight = max(4, (plot.maxY - bandTop - bandGap * Double(fields.count - 1)) / Double(max(1, fields.count)))
        let neutral = c.palette.surface
        let bandsX = bandsArea.x + m.gap

        // Pillars' geometry first, drawn after the bands.
        let slot = (bandsArea.maxX - bandsX) / Double(max(1, values.count))
        let pillarWidth = min(slot * 0.5, max(chipWidth + m.gap, slot * 0.42))
        let bottom = bandTop + Double(fields.count) * (bandHeight + bandGap) - bandGap
        let pillarTop = bandsArea.y + m.body * 2.6 + m.gap * 0.5
        func pillarRect(_ i: Int) -> ChartRect {
            let cx = bandsX + slot * (Double(i) + 0.5)
            return ChartRect(x: cx - pillarWidth / 2, y: pillarTop, width: pillarWidth, height: bottom + m.gap - pillarTop)
        }
        // On pixels, the columns a pillar and its halo paint over wholly (top to bottom of the bands) are left
        // out of the bands' fills: the same pixels, each painted once.
        var covered: [(Double, Double)] = []
        if c.isPixelAligned {
            for i in values.indices {
                let h = c.snapped(pillarRect(i).insetBy(-m.hairline * 1.5, 0), radius: m.corner)
                guard h.rect.y + h.radius <= bandTop - 1, h.rect.maxY - h.radius >= bottom + 1 else { covered = []; break }
                covered.append((h.rect.x, h.rect.maxX))
            }
        }

        // Bands first: the pillars cut through them as in the figure.
        for (i, field) in fields.enumerated() {
            let y = bandTop + Double(i) * (bandHeight + bandGap)
            let band = ChartRect(x: bandsX, y: y, width: bandsArea.maxX - bandsX, height: bandHeight)
            let score = mean(field.id)
            c.fill(band, score.map { c.palette.sequential($0) } ?? neutral, radius: m.corner, except: covered)
            c.stroke(band, c.palette.grid, width: m.hairline, radius: m.corner)
            let row = ChartRect(x: labelColumn.x, y: y, width: labelColumn.width, height: bandHeight)
            let chip = ChartRect(x: row.maxX - chipWidth, y: row.midY - min(chipHeight, bandHeight) / 2, width: chipWidth, height: min(chipHeight, bandHeight))
            c.scoreChip(score, in: chip)
            // The label may use the gap between bands too, so a second line fits where a band is thin.
            c.label(names[i], in: ChartRect(x: row.x, y: row.y - bandGap / 2, width: row.width - chipWidth - m.gap, height: row.height + bandGap),
                    style: c.bodyStyle, vertical: .middle, maxLines: 2)
        }

        // Pillars: one per value, spaced evenly so each band shows between them.
        for (i, value) in values.enumerated() {
            let cx = bandsX + slot * (Double(i) + 0.5)
            let score = mean(value.id)
            let nameBox = ChartRect(x: bandsX + slot * Double(i) + m.gap / 2, y: bandsArea.y, width: slot - m.gap, height: m.body * 2.6)
            c.label("\(value.number). \(value.name)", in: nameBox, style: c.bodyStyle.with(weight: .semibold), align: .center,
                    vertical: .bottom, maxLines: 2)
            let top = nameBox.maxY + m.gap * 0.5
            let pillar = pillarRect(i)
            let colour = score.map { c.palette.sequential($0) } ?? neutral.mixed(with: c.palette.grid, 0.5)
            c.fillHalo(pillar.insetBy(-m.hairline * 1.5, 0), around: pillar, c.palette.background, radius: m.corner)
            c.fill(pillar, colour, radius: m.corner)
            c.stroke(pillar, c.palette.text.opacity(0.55), width: m.hairline, radius: m.corner)
            c.scoreChip(score, in: ChartRect(x: cx - chipWidth / 2, y: top + m.gap * 0.5, width: chipWidth, height: chipHeight))
        }
    }
}
