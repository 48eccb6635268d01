import CCairo
import Foundation
import SamskapCore

/// A profile of the action fields or of the values: group mean, the min–max band across respondents,
/// importance beside experience, and one partner's own answers on top when selected.
enum RadarChart {
    static func draw(_ data: ChartData, kind: DimensionKind, on c: Canvas) {
        let title = c.t(kind == .field ? ChartKind.radarFields.title : ChartKind.radarValues.title)
        guard let current = data.currentRound else {
            let area = c.header(title, subtitle: nil)
            return c.emptyState(c.t(ChartStrings.noRoundEmpty), in: area)
        }
        let dims = data.model.dimensions(kind)
        let results = dims.map { current.results.result($0.id) }
        let respondents = results.compactMap { $0?.respondentCount }.max() ?? 0
        let area = c.header(title, subtitle: "\(c.t(ChartStrings.round)): \(current.round.label) · \(current.round.date.formatted(c.language)) · \(respondents) \(c.t(ChartStrings.respondents))")
        guard dims.count >= 3, results.contains(where: { $0?.experienceMean != nil }) else {
            return c.emptyState(c.t(ChartStrings.allHidden), in: area)
        }

        // The partner overlay: that partner's respondents' means, averaged.
        var overlay: [Double?] = Array(repeating: nil, count: dims.count)
        var partnerName: String?
        if let pid = data.selection.partnerID, let partner = data.document.partner(pid) {
            let ids = data.respondents(ofPartner: pid, in: current.round.id)
            overlay = results.map { r in
                let means = ids.compactMap { r?.respondentMeans[$0] }
                return means.isEmpty ? nil : means.reduce(0, +) / Double(means.count)
            }
            partnerName = partner.name
        }

        let p = c.palette
        var items = [LegendItem(key: .swatch(p.band), text: c.t(ChartStrings.range)),
                     LegendItem(key: .line(p.experience, dashed: false), text: c.t(ChartStrings.groupMean)),
                     LegendItem(key: .line(p.importance, dashed: true), text: c.t(ChartStrings.importance))]
        if let partnerName { items.append(LegendItem(key: .line(p.overlay, dashed: true), text: "\(c.t(ChartStrings.partner)): \(partnerName)")) }
        if results.contains(where: { $0?.isHidden ?? true }) { items.append(LegendItem(key: .none, text: c.t(ChartStrings.hiddenNote))) }
        let legendHeight = c.legend(items, in: area, draw: false, align: .center)
        let (legendArea, rest) = area.sliceBottom(legendHeight)
        c.legend(items, in: legendArea, align: .center)
        let plot = rest.sliceBottom(c.metrics.pad).1

        let m = c.metrics
        let nameStyle = c.bodyStyle.with(weight: .semibold)
        let scoreStyle = c.smallStyle
        let labelWidth = min(plot.width * 0.24, 17 * m.body)
        let labelHeight = nameStyle.size * 1.25 * 2 + scoreStyle.size * 1.3
        let radius = max(10, min((plot.width - 2 * (labelWidth + m.gap)) / 2, (plot.height - 2 * (labelHeight + m.gap)) / 2))
        let cx = plot.midX
        let cy = plot.midY
        let n = dims.count
        func angle(_ i: Int) -> Double { -Double.pi / 2 + 2 * Double.pi * Double(i) / Double(n) }
        func point(_ i: Int, _ score: Double) -> (Double, Double) {
            let r = radius * score / 5
            return (cx + r * cos(angle(i)), cy + r * sin(angle(i)))
        }

        // Grid: rings for the scores 1–5 and a spoke per dimension.
        for s in 1...5 {
            c.polyline((0..<n).map { point($0, Double(s)) }, p.grid, width: m.hairline, closed: true)
        }
        for i in 0..<n { c.line(cx, cy, point(i, 5).0, point(i, 5).1, p.grid, width: m.hairline) }

        // The band between the lowest and the highest respondent, where both are known.
        let known = (0..<n).filter { results[$0]?.experienceMin != nil && results[$0]?.experienceMax != nil }
        if known.count >= 3 {
            c.polylinePath(known.map { point($0, results[$0]!.experienceMax!) }, closed: true)
            c.polylinePath(known.reversed().map { point($0, results[$0]!.experienceMin!) }, closed: true)
            cairo_set_fill_rule(c.cr, CAIRO_FILL_RULE_EVEN_ODD)
            c.setColor(p.band)
            cairo_fill(c.cr)
            cairo_set_fill_rule(c.cr, CAIRO_FILL_RULE_WINDING)
        }
        series(c, results.map { $0?.importanceMean }, point: point, color: p.importance, dashed: true, shape: .diamond)
        series(c, overlay, point: point, color: p.overlay, dashed: true, shape: .square)
        series(c, results.map { $0?.experienceMean }, point: point, color: p.experience, dashed: false, shape: .circle)

        // Ring numbers just inside their ring, right of the first spoke, clear of the labels outside.
        for s in stride(from: 1, through: 5, by: 2) {
            let (x, y) = point(0, Double(s))
            c.label("\(s)", in: ChartRect(x: x + m.gap * 0.4, y: y + 1, width: m.small * 1.5, height: m.small * 1.3), style: c.smallStyle)
        }

        // Axis labels around the outside: name, then the figures.
        for i in 0..<n {
            let a = angle(i)
            let ax = cx + (radius + m.gap) * cos(a)
            let ay = cy + (radius + m.gap) * sin(a)
            let align: TextAlign = cos(a) > 0.25 ? .leading : (cos(a) < -0.25 ? .trailing : .center)
            let width: Double
            switch align {
            case .leading: width = min(labelWidth, plot.maxX - ax)
            case .trailing: width = min(labelWidth, ax - plot.x)
            case .center: width = min(labelWidth * 1.6, plot.width)
            }
            let x = align == .leading ? ax : (align == .trailing ? ax - width : ax - width / 2)
            let top = sin(a) > 0.25 ? ay : (sin(a) < -0.25 ? ay - labelHeight : ay - labelHeight / 2)
            let box = ChartRect(x: x, y: top, width: width, height: labelHeight)
            let r = results[i]
            var figures = "–"
            if let e = r?.experienceMean {
                figures = "\(c.t(ChartStrings.experience)) \(ChartStrings.score(e, c.language))"
                if let imp = r?.importanceMean { figures += " · \(c.t(ChartStrings.importance)) \(ChartStrings.score(imp, c.language))" }
            }
            let scoreSize = c.measure(figures, width: box.width, style: scoreStyle) ?? (0, scoreStyle.size * 1.3)
            // Names above the figures; anchor the pair to the side facing the chart.
            let nameHeight = labelHeight - scoreSize.height
            guard let nameSize = c.measure(dims[i].name, width: box.width, height: nameHeight, style: nameStyle, maxLines: 2) else { continue }
            let blockHeight = nameSize.height + scoreSize.height
            let y0 = sin(a) > 0.25 ? box.y : (sin(a) < -0.25 ? box.maxY - blockHeight : box.midY - blockHeight / 2)
            c.label(dims[i].name, in: ChartRect(x: box.x, y: y0, width: box.width, height: nameSize.height + 0.5), style: nameStyle,
                    align: align, maxLines: 2)
            c.label(figures, in: ChartRect(x: box.x, y: y0 + nameSize.height, width: box.width, height: scoreSize.height + 0.5),
                    style: scoreStyle, align: align)
        }
    }

    private static func series(_ c: Canvas, _ scores: [Double?], point: (Int, Double) -> (Double, Double), color: ChartColor,
                               dashed: Bool, shape: MarkerShape) {
        let present = scores.indices.filter { scores[$0] != nil }
        guard !present.isEmpty else { return }
        let m = c.metrics
        let pts = present.map { point($0, scores[$0]!) }
        let dash = dashed ? [m.stroke * 3, m.stroke * 2] : []
        c.polyline(pts, color, width: m.stroke * 1.3, closed: present.count >= 3, dash: dash)
        for (x, y) in pts { c.marker(shape, x: x, y: y, size: m.stroke * 5, fill: color, outline: c.palette.background) }
    }
}
