import SamskapCore

/// The five steps of a co-creating municipality, with the units and policy areas standing on each.
enum StaircaseChart {
    static func draw(_ data: ChartData, on c: Canvas) {
        let doc = data.document
        let area = c.header(c.t(ChartKind.staircase.title), subtitle: doc.project.municipality?.name ?? doc.project.name)
        let p = c.palette
        let m = c.metrics
        let positions = doc.project.staircase
        let steps = StaircaseStep.allCases
        let width = (area.width - m.gap * Double(steps.count - 1)) / Double(steps.count)
        if positions.isEmpty {
            c.isEmptyState = true
            c.label(c.t(ChartStrings.noUnits), in: ChartRect(x: area.x, y: area.y, width: width * 2.6, height: area.height * 0.45),
                    style: c.bodyStyle.with(weight: .semibold), maxLines: 3)
        }
        let headStyle = c.bodyStyle.with(weight: .bold)
        let chipStyle = c.smallStyle.with(color: p.text)
        for (i, step) in steps.enumerated() {
            // Each step higher than the last; the lowest still tall enough to carry a few units.
            let h = area.height * (0.42 + 0.145 * Double(i))
            let r = ChartRect(x: area.x + Double(i) * (width + m.gap), y: area.maxY - h, width: width, height: h)
            let fillColor = p.sequential(1 + Double(i))
            c.fill(r, fillColor, radius: m.corner)
            let inner = r.insetBy(m.gap, m.gap)
            let text = fillColor.readableText
            let nameBox = c.label("\(step.number). \(c.t(step.term))", in: ChartRect(x: inner.x, y: inner.y, width: inner.width, height: headStyle.size * 2.6),
                                  style: headStyle.with(color: text), maxLines: 2)
            let here = positions.filter { $0.step == step }
            let top = (nameBox?.maxY ?? inner.y) + m.gap
            c.chips(here.map { Chip(text: $0.area, fill: p.background, textColor: p.text, outline: nil) },
                    in: ChartRect(x: inner.x, y: top, width: inner.width, height: inner.maxY - top), style: chipStyle, maxLines: 2)
        }
    }
}
