/// Chips that flow left to right and wrap; what does not fit is counted in a last "+ N" chip.
extension Canvas {
    /// Draws the chips in `area`; returns how many were shown.
    @discardableResult
    func chips(_ chips: [Chip], in area: ChartRect, style: TextStyle, maxLines: Int = 1) -> Int {
        guard !chips.isEmpty, area.width > 10 else { return 0 }
        let padX = style.size * 0.5
        let padY = style.size * 0.25
        let spacing = metrics.gap * 0.6
        func size(_ text: String, bold: Bool) -> (Double, Double)? {
            guard let s = measure(text, width: max(1, area.width - 2 * padX), height: area.height - 2 * padY,
                                  style: bold ? style.with(weight: .bold) : style, maxLines: maxLines) else { return nil }
            return (s.width + 2 * padX, s.height + 2 * padY)
        }
        // Places the first `count` chips (plus a "+ rest" chip when some are left); nil when they do not fit.
        func place(_ count: Int) -> [(ChartRect, Chip)]? {
            var list = Array(chips.prefix(count))
            if count < chips.count {
                list.append(Chip(text: t(ChartStrings.more(chips.count - count)), fill: palette.background.opacity(0), textColor: palette.muted, outline: nil))
            }
            var out: [(ChartRect, Chip)] = []
            var x = area.x
            var y = area.y
            var rowHeight = 0.0
            for chip in list {
                guard let (w, h) = size(chip.text, bold: chip.bold) else { return nil }
                if x > area.x && x + w > area.maxX + 0.01 {
                    x = area.x
                    y += rowHeight + spacing
                    rowHeight = 0
                }
                guard y + h <= area.maxY + 0.01 else { return nil }
                out.append((ChartRect(x: x, y: y, width: min(w, area.width), height: h), chip))
                x += w + spacing
                rowHeight = max(rowHeight, h)
            }
            return out
        }
        var count = chips.count
        var placed = place(count)
        while placed == nil && count > 0 {
            count -= 1
            placed = place(count)
        }
        for (rect, chip) in placed ?? [] {
            fill(rect, chip.fill, radius: min(rect.height / 2, metrics.corner * 1.5))
            if let o = chip.outline { stroke(rect, o, width: metrics.hairline, radius: min(rect.height / 2, metrics.corner * 1.5)) }
            label(chip.text, in: rect.insetBy(padX, padY).insetBy(-0.5, -0.5), style: (chip.bold ? style.with(weight: .bold) : style).with(color: chip.textColor),
                  align: .center, vertical: .middle, maxLines: maxLines)
        }
        return placed == nil ? 0 : count
    }
}
