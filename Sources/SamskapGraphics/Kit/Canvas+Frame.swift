import CCairo
import SamskapCore

/// The parts every chart shares: background, title, legend, empty state, score chips.
extension Canvas {
    /// Draws the title and a subtitle line; returns the area left for the chart. With `draw` false it only measures.
    @discardableResult
    func header(_ title: String, subtitle: String?, draw: Bool = true) -> ChartRect {
        let inner = bounds.insetBy(metrics.pad * 1.5, metrics.pad * 1.2)
        var y = inner.y
        if let r = label(title, in: ChartRect(x: inner.x, y: y, width: inner.width, height: metrics.title * 2.8),
                         style: titleStyle, maxLines: 2, draw: draw) {
            y = r.maxY + metrics.gap * 0.5
        }
        if let subtitle, !subtitle.isEmpty,
           let r = label(subtitle, in: ChartRect(x: inner.x, y: y, width: inner.width, height: metrics.small * 1.4),
                         style: smallStyle, draw: draw) {
            y = r.maxY
        }
        y += metrics.pad
        return ChartRect(x: inner.x, y: y, width: inner.width, height: max(0, inner.maxY - y))
    }

    /// The explicit empty state: a symbol and one sentence of what belongs here.
    func emptyState(_ message: String, in area: ChartRect) {
        isEmptyState = true
        drawing()
        let r = min(area.width, area.height) * 0.12
        let radius = max(12, min(r, 60 * metrics.unit))
        let cx = area.midX
        let cy = area.y + area.height * 0.4
        cairo_new_sub_path(cr)
        cairo_arc(cr, cx, cy, radius, 0, 2 * Double.pi)
        strokeCurrent(palette.muted, width: metrics.stroke)
        // An "i" made of a dot and a bar, so the symbol needs no font.
        fill(ChartRect(x: cx - radius * 0.09, y: cy - radius * 0.15, width: radius * 0.18, height: radius * 0.6), palette.muted)
        marker(.circle, x: cx, y: cy - radius * 0.42, size: radius * 0.22, fill: palette.muted)
        let box = ChartRect(x: area.x + area.width * 0.1, y: cy + radius + metrics.pad, width: area.width * 0.8,
                            height: max(0, area.maxY - (cy + radius + metrics.pad)))
        label(message, in: box, style: bodyStyle.with(color: palette.text), align: .center, maxLines: 3)
    }

    /// Lays a legend out in rows from the top of `area`; returns the height it takes. With `draw` false it only measures.
    @discardableResult
    func legend(_ items: [LegendItem], in area: ChartRect, draw: Bool = true, align: TextAlign = .leading) -> Double {
        let style = smallStyle.with(color: palette.text)
        let key = metrics.small * 1.1
        let spacing = metrics.pad * 1.2
        var rows: [[(LegendItem, Double, Double)]] = [[]]
        var rowWidth = 0.0
        for item in items {
            let keyWidth: Double
            switch item.key {
            case .none: keyWidth = 0
            case .line: keyWidth = key * 2 + metrics.gap
            default: keyWidth = key + metrics.gap
            }
            guard let size = measure(item.text, width: max(1, area.width - keyWidth), style: style) else { continue }
            let w = keyWidth + size.width
            if rowWidth > 0 && rowWidth + spacing + w > area.width {
                rows.append([])
                rowWidth = 0
            }
            rowWidth += (rowWidth > 0 ? spacing : 0) + w
            rows[rows.count - 1].append((item, keyWidth, w))
        }
        let rowHeight = max(key, style.size * 1.3) + metrics.gap * 0.5
        let total = Double(rows.count) * rowHeight
        guard draw else { return total }
        for (i, row) in rows.enumerated() {
            let width = row.reduce(0) { $0 + $1.2 } + spacing * Double(max(0, row.count - 1))
            var x = align == .center ? area.midX - width / 2 : area.x
            let y = area.y + Double(i) * rowHeight
            for (item, keyWidth, w) in row {
                let cy = y + rowHeight / 2
                switch item.key {
                case .swatch(let c):
                    fill(ChartRect(x: x, y: cy - key / 2, width: key, height: key), c, radius: key * 0.2)
                    stroke(ChartRect(x: x, y: cy - key / 2, width: key, height: key), palette.grid, width: metrics.hairline, radius: key * 0.2)
                case .line(let c, let dashed):
                    line(x, cy, x + key * 2, cy, c, width: metrics.stroke * 1.2, dash: dashed ? [metrics.stroke * 2.5, metrics.stroke * 1.5] : [])
                case .marker(let shape, let c):
                    marker(shape, x: x + key / 2, y: cy, size: key, fill: c, outline: palette.background)
                case .none: break
                }
                label(item.text, in: ChartRect(x: x + keyWidth, y: y, width: w - keyWidth + 1, height: rowHeight),
                      style: style, vertical: .middle)
                x += w + spacing
            }
        }
        return total
    }

    /// A box filled with a score's colour and the score printed on it; "–" on neutral when there is none.
    func scoreChip(_ score: Double?, in r: ChartRect, style: TextStyle? = nil) {
        let fillColor = score.map { palette.sequential($0) } ?? palette.surface
        fill(r, fillColor, radius: metrics.corner * 0.7)
        stroke(r, palette.grid, width: metrics.hairline, radius: metrics.corner * 0.7)
        let text = score.map { ChartStrings.score($0, language) } ?? "–"
        let base = style ?? bodyStyle.with(weight: .bold)
        label(text, in: r.insetBy(2, 1), style: base.with(color: score == nil ? palette.muted : fillColor.readableText),
              align: .center, vertical: .middle)
    }

    /// A status marker followed by the status word.
    @discardableResult
    func statusTag(_ status: IndicatorStatus, in r: ChartRect, style: TextStyle, align: TextAlign = .leading) -> ChartRect? {
        let s = palette.status(status)
        let size = style.size * 0.85
        let word = t(status.term)
        guard let m = measure(word, width: max(1, r.width - size - metrics.gap * 0.6), height: r.height, style: style) else { return nil }
        let total = size + metrics.gap * 0.6 + m.width
        let x0 = align == .trailing ? r.maxX - total : (align == .center ? r.midX - total / 2 : r.x)
        marker(s.shape, x: x0 + size / 2, y: r.midY, size: size, fill: s.color, outline: palette.background)
        return label(word, in: ChartRect(x: x0 + size + metrics.gap * 0.6, y: r.y, width: m.width + 1, height: r.height),
                     style: style, vertical: .middle)
    }
}
