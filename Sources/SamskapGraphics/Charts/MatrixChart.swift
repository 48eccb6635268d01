import SamskapCore

/// Figure 2: who plans and designs against who delivers, 3 × 3, with the project and its activities placed.
enum MatrixChart {
    static func draw(_ data: ChartData, on c: Canvas) {
        let doc = data.document
        let area = c.header(c.t(ChartKind.matrix.title), subtitle: doc.project.name)
        let p = c.palette
        let m = c.metrics
        let placed = doc.project.activities.filter { $0.cell != nil }
        var body = area
        if doc.project.cell == nil && placed.isEmpty {
            c.isEmptyState = true
            let noteHeight = c.bodyStyle.size * 1.5
            let (note, rest) = area.sliceBottom(noteHeight)
            c.label(c.t(ChartStrings.notPlaced), in: note, style: c.bodyStyle.with(weight: .semibold), align: .center, vertical: .bottom)
            body = rest.sliceBottom(m.gap).1
        }
        let headStyle = c.bodyStyle.with(weight: .semibold)
        let axisStyle = c.smallStyle.with(weight: .bold).with(color: p.text)
        let rowHeader = min(body.width * 0.17, 14 * m.body)
        let axisHeight = axisStyle.size * 1.5
        let colHeaderHeight = headStyle.size * 1.4
        let grid = ChartRect(x: body.x + rowHeader, y: body.y + axisHeight + colHeaderHeight, width: body.width - rowHeader,
                             height: body.height - axisHeight - colHeaderHeight)
        let cw = grid.width / 3
        let ch = grid.height / 3
        c.label(c.t(ChartStrings.delivery), in: ChartRect(x: grid.x, y: body.y, width: grid.width, height: axisHeight), style: axisStyle, align: .center)
        // Down the corner beside the delivery axis as well, so that a narrow chart wraps the name instead of cutting it.
        c.label(c.t(ChartStrings.planning), in: ChartRect(x: body.x, y: body.y, width: rowHeader - m.gap, height: axisHeight + colHeaderHeight),
                style: axisStyle, vertical: .bottom, maxLines: 2)
        for (i, r) in Responsibility.allCases.enumerated() {
            c.label(c.t(r.term), in: ChartRect(x: grid.x + Double(i) * cw + m.gap, y: body.y + axisHeight, width: cw - 2 * m.gap, height: colHeaderHeight),
                    style: headStyle, align: .center, vertical: .middle)
            c.label(c.t(r.term), in: ChartRect(x: body.x, y: grid.y + Double(i) * ch, width: rowHeader - m.gap, height: ch), style: headStyle,
                    vertical: .middle, maxLines: 3)
        }
        let chipStyle = c.smallStyle.with(color: p.text)
        for cell in MatrixCell.all {
            let row = Responsibility.allCases.firstIndex(of: cell.planning)!
            let col = Responsibility.allCases.firstIndex(of: cell.delivery)!
            let r = ChartRect(x: grid.x + Double(col) * cw, y: grid.y + Double(row) * ch, width: cw, height: ch).insetBy(m.gap * 0.4, m.gap * 0.4)
            // Thick in the centre, thin around it: a tint of one hue, named in words too.
            let tint: ChartColor
            switch cell.depth {
            case .thick: tint = p.flattened(p.experience.opacity(0.38))
            case .thin: tint = p.flattened(p.experience.opacity(0.16))
            default: tint = p.surface
            }
            c.fill(r, tint, radius: m.corner)
            c.stroke(r, cell.depth == .thick ? p.experience : p.grid, width: cell.depth == .thick ? m.stroke : m.hairline, radius: m.corner)
            let inner = r.insetBy(m.gap, m.gap * 0.8)
            let nameBox = c.label(c.t(cell.term), in: ChartRect(x: inner.x, y: inner.y, width: inner.width, height: min(inner.height * 0.5, c.smallStyle.size * 4)),
                                  style: c.smallStyle, maxLines: 3)
            var chips: [Chip] = []
            if doc.project.cell == cell {
                chips.append(Chip(text: c.t(ChartStrings.theProject), fill: p.overlay, textColor: p.overlay.readableText, outline: nil, bold: true))
            }
            chips += placed.filter { $0.cell == cell }.map { Chip(text: $0.name, fill: p.background, textColor: p.text, outline: p.muted) }
            let top = (nameBox?.maxY ?? inner.y) + m.gap * 0.6
            c.chips(chips, in: ChartRect(x: inner.x, y: top, width: inner.width, height: inner.maxY - top), style: chipStyle)
        }
    }
}
