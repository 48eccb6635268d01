import SamskapCore

/// Partners grouped by sector, each marked with the citizen roles they take.
enum PartnerChart {
    static let roleShapes: [CitizenRole: MarkerShape] = [.coInitiator: .circle, .coDesigner: .square, .coImplementer: .triangle]

    static func draw(_ data: ChartData, on c: Canvas) {
        let doc = data.document
        let area = c.header(c.t(ChartKind.partners.title), subtitle: doc.project.name, draw: false)
        guard !doc.partners.isEmpty else {
            c.header(c.t(ChartKind.partners.title), subtitle: doc.project.name)
            return c.emptyState(c.t(ChartStrings.noPartners), in: area)
        }
        let p = c.palette
        let m = c.metrics
        var items = CitizenRole.allCases.map { LegendItem(key: .marker(roleShapes[$0]!, p.text), text: c.t($0.term)) }
        let missing = CitizenRole.allCases.filter { !doc.coveredCitizenRoles.contains($0) }
        items.append(LegendItem(key: .none, text: missing.isEmpty ? "✓ " + c.t(ChartStrings.allThreeRoles)
                                : "\(c.t(ChartStrings.missingRoles)): " + missing.map { c.t($0.term) }.joined(separator: ", ")))
        let legendHeight = c.legend(items, in: area, draw: false)
        let (legendArea, rest) = area.sliceBottom(legendHeight)
        let body = rest.sliceBottom(m.gap).1

        let groups = Sector.allCases.compactMap { s -> (Sector, [Partner])? in
            let list = doc.partners.filter { $0.sector == s }
            return list.isEmpty ? nil : (s, list)
        }
        // Groups wide enough for a name like "Drammen kommune, tjenestekontoret" in two lines beside the role markers.
        let minWidth = 12 * m.body
        let layout = SmallMultiples(count: groups.count, in: body, gap: m.pad, aspect: 0.9,
                                    maxColumns: max(1, min(4, Int((body.width + m.pad) / (minWidth + m.pad)))))
        // Laid out before anything is drawn, so the groups' insides go down with the background.
        c.paintBackground(with: layout.cells.prefix(groups.count).map { Canvas.Panel(rect: $0, radius: m.corner, color: p.surface) })
        c.header(c.t(ChartKind.partners.title), subtitle: doc.project.name)
        c.legend(items, in: legendArea)
        for ((sector, partners), cell) in zip(groups, layout.cells) {
            group(c, sector: sector, partners: partners, in: cell)
        }
    }

    private static func group(_ c: Canvas, sector: Sector, partners: [Partner], in r: ChartRect) {
        let p = c.palette
        let m = c.metrics
        c.fill(r, p.surface, radius: m.corner)
        let colour = p.sector(sector)
        let headStyle = c.bodyStyle.with(weight: .bold).with(color: colour.readableText)
        // The sector as the partner form names it; a long name takes a second line rather than a shorter word.
        let heading = "\(c.t(sector.term)) (\(partners.count))"
        let lines = c.measure(heading, width: r.width - 2 * m.gap, height: headStyle.size * 2.6, style: headStyle, maxLines: 2)?.height
        let headHeight = max(headStyle.size * 1.7, (lines ?? 0) + m.gap)
        let head = ChartRect(x: r.x, y: r.y, width: r.width, height: headHeight)
        c.fill(head, colour, radius: m.corner)
        c.label(heading, in: head.insetBy(m.gap, 0), style: headStyle, vertical: .middle, maxLines: 2)
        let list = ChartRect(x: r.x + m.gap, y: head.maxY + m.gap, width: r.width - 2 * m.gap, height: r.maxY - head.maxY - 2 * m.gap)
        let style = c.bodyStyle.scaled(0.92)
        let markerSize = style.size * 0.8
        let roleWidth = markerSize * 3 + m.gap * 1.2
        let moreHeight = c.smallStyle.size * 1.4
        var y = list.y
        for (i, partner) in partners.enumerated() {
            let remaining = partners.count - i
            // Only partners with roles give up the markers' column.
            let nameWidth = partner.citizenRoles.isEmpty ? list.width : list.width - roleWidth - m.gap
            guard let size = c.measure(partner.name, width: nameWidth, height: style.size * 2.6, style: style, maxLines: 2) else { break }
            guard y + size.height + (remaining > 1 ? moreHeight : 0) <= list.maxY + 0.5 else {
                // No room even for "+ n more" (a small figure at the smallest text): the heading's count says it.
                guard y + moreHeight <= r.maxY + 0.5 else { return }
                c.label(c.t(ChartStrings.more(remaining)), in: ChartRect(x: list.x, y: y, width: list.width, height: moreHeight),
                        style: c.smallStyle.with(weight: .semibold))
                return
            }
            c.label(partner.name, in: ChartRect(x: list.x, y: y, width: nameWidth, height: size.height + 0.5), style: style, maxLines: 2)
            // Role markers in a fixed order, so a missing role leaves a visible gap.
            for (k, role) in CitizenRole.allCases.enumerated() where partner.citizenRoles.contains(role) {
                let x = list.maxX - roleWidth + Double(k) * (markerSize + m.gap * 0.4) + markerSize / 2 + m.gap * 0.4
                c.marker(roleShapes[role]!, x: x, y: y + style.size * 0.65, size: markerSize, fill: p.text)
            }
            y += size.height + m.gap * 0.7
        }
    }
}
