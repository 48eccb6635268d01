import FoundationEssentials
import SamskapCore

/// Figure 7: inputs → output → outcome → impact → societal value, each level with its indicators and their status.
/// The first column holds the activities with what goes into them; the theory of change's links join the entries,
/// drawn by how well each is supported (dashed: assumed, thin: experience, thick: research).
enum ResultsChainChart {
    static func draw(_ data: ChartData, on c: Canvas) {
        let title = c.t(ChartKind.resultsChain.title)
        let doc = data.document
        let area = c.header(title, subtitle: doc.project.name)
        guard !doc.indicators.isEmpty || !doc.project.activities.isEmpty else {
            return c.emptyState(c.t(ChartStrings.noIndicators), in: area)
        }
        let p = c.palette
        let m = c.metrics
        let chain = TheoryOfChange(doc)
        var items = [IndicatorStatus.onTrack, .behind, .noData, .described].map {
            LegendItem(key: .marker(p.status($0).shape, p.status($0).color), text: c.t($0.term))
        }
        if !chain.edges.isEmpty {
            items += Evidence.allCases.map { LegendItem(key: .line(p.text, dashed: $0 == .assumption), text: c.t($0.term)) }
        }
        let legendHeight = c.legend(items, in: area, draw: false)
        let (legendArea, rest) = area.sliceBottom(legendHeight)
        c.legend(items, in: legendArea)
        let body = rest.sliceBottom(m.gap).1
        let status = Dictionary(data.progress.map { ($0.indicatorID, $0.status) }, uniquingKeysWith: { a, _ in a })

        let columns = 5
        let arrow = max(8, m.pad * 1.1)
        let width = (body.width - arrow * Double(columns - 1)) / Double(columns)
        // As high as the longest level name needs (one line or two), so the indicators below get the rest; every name at
        // the size the longest one fits at, so the five read as one row.
        let nameWidth = width - arrow * 0.9 - 2 * m.gap  // the narrowest: a column with a notch
        let levelNames = [c.t(ChartStrings.inputs)] + IndicatorLevel.allCases.map { c.t($0.term) }
        let fullHead = c.bodyStyle.with(weight: .bold)
        let nameSize = levelNames.compactMap { c.fitted($0, width: nameWidth, height: fullHead.size * 2.6, style: fullHead, maxLines: 2)?.size }.min()
            ?? fullHead.size
        let headStyle = TextStyle(size: nameSize, minSize: min(nameSize, fullHead.minSize), weight: .bold, color: fullHead.color)
        let nameHeight = levelNames.compactMap { c.measure($0, width: nameWidth, height: headStyle.size * 2.6, style: headStyle, maxLines: 2)?.height }.max()
            ?? headStyle.size * 1.25 * 2
        let headHeight = nameHeight + 2 + c.smallStyle.size * 1.4 + m.gap * 2
        let itemStyle = c.smallStyle.with(color: p.text)
        var anchors: [UUID: Anchor] = [:]
        // The links go under the names: where each entry sits is found first, the links drawn, then the names on a
        // patch of background, so no line strikes through a word.
        let entriesTop = body.y + headHeight + m.gap
        for col in 0..<columns {
            let x = body.x + Double(col) * (width + arrow)
            entryList(c, entries(of: col, doc, status, c).entries, in: ChartRect(x: x, y: entriesTop, width: width, height: body.maxY - entriesTop),
                      style: itemStyle, draw: false, into: &anchors)
        }
        drawLinks(c, chain.edges, anchors)
        for col in 0..<columns {
            let x = body.x + Double(col) * (width + arrow)
            let head = ChartRect(x: x, y: body.y, width: width, height: headHeight)
            // Chevrons pointing on to the next level, darker along the chain; the words say the order too.
            let fillColor = p.sequential(1 + Double(col))
            let tip = col < columns - 1 ? arrow * 0.9 : 0
            let notch = col > 0 ? arrow * 0.9 : 0
            c.fillPolygon([(head.x, head.y), (head.maxX, head.y), (head.maxX + tip, head.midY), (head.maxX, head.maxY),
                           (head.x, head.maxY), (head.x + notch, head.midY)], fillColor)
            let text = fillColor.readableText
            let column = entries(of: col, doc, status, c)
            let levelName: String
            let summary: String
            if col == 0 {
                levelName = c.t(ChartStrings.inputs)
                summary = column.entries.isEmpty ? c.t(ChartStrings.noActivities) : c.t(ChartStrings.activities(column.entries.count))
            } else {
                levelName = c.t(IndicatorLevel.allCases[col - 1].term)
                summary = column.entries.isEmpty ? c.t(ChartStrings.noIndicatorsAtLevel) : c.t(ChartStrings.onTrackOf(column.onTrack, column.entries.count))
            }
            // Clear of the notch on the left; the tip on the right sticks out of the box, so no inset there.
            let textArea = ChartRect(x: head.x + notch + m.gap, y: head.y + m.gap, width: max(1, head.width - notch - 2 * m.gap),
                                     height: max(1, head.height - 2 * m.gap))
            let nameBox = c.label(levelName, in: ChartRect(x: textArea.x, y: textArea.y, width: textArea.width, height: headStyle.size * 2.6),
                                  style: headStyle.with(color: text), maxLines: 2)
            c.label(summary, in: ChartRect(x: textArea.x, y: (nameBox?.maxY ?? textArea.y) + 2, width: textArea.width, height: c.smallStyle.size * 1.4),
                    style: c.smallStyle.with(color: text))
            entryList(c, column.entries, in: ChartRect(x: x, y: entriesTop, width: width, height: body.maxY - entriesTop),
                      style: itemStyle, draw: true, into: &anchors)
        }
    }

    /// A column's entries: the activities with their inputs, or one level's indicators (key indicators first).
    private static func entries(of col: Int, _ doc: ProjectDocument, _ status: [UUID: IndicatorStatus], _ c: Canvas)
        -> (entries: [(UUID, String, IndicatorStatus?)], onTrack: Int) {
        if col == 0 {
            return (doc.project.activities.map { ($0.id, PlanChartStrings.activityWithInputs($0, c.language), nil) }, 0)
        }
        let level = IndicatorLevel.allCases[col - 1]
        let list = doc.indicators.filter { $0.level == level }.sorted { ($0.isKey ? 0 : 1) < ($1.isKey ? 0 : 1) }
        return (list.map { ($0.id, $0.name, status[$0.id] ?? .noData) }, list.filter { status[$0.id] == .onTrack }.count)
    }

    /// Where an entry sits: the middle of its first line, and its left and right edges.
    private struct Anchor {
        var y: Double
        var left: Double
        var right: Double
    }

    /// A line from each link's start to its end, both shown: across to the next column, or down the same one.
    private static func drawLinks(_ c: Canvas, _ edges: [TheoryOfChange.Edge], _ anchors: [UUID: Anchor]) {
        let m = c.metrics
        let color = c.palette.text.opacity(0.55)
        for edge in edges {
            guard let from = anchors[edge.link.from], let to = anchors[edge.link.to] else { continue }
            let width = edge.link.evidence == .research ? m.hairline * 2.5 : m.hairline * 1.2
            let dash = edge.link.evidence == .assumption ? [m.hairline * 4, m.hairline * 3] : []
            if edge.fromColumn == edge.toColumn {
                let x = from.right + m.gap * 0.3
                c.polyline([(x, from.y), (x + m.gap, from.y), (x + m.gap, to.y), (x, to.y)], color, width: width, dash: dash)
            } else {
                c.line(from.right + m.gap * 0.3, from.y, to.left - m.gap * 0.3, to.y, color, width: width, dash: dash)
            }
        }
    }

    /// Lays out (and with `draw`, draws) a column's entries, noting where each sits.
    private static func entryList(_ c: Canvas, _ entries: [(UUID, String, IndicatorStatus?)], in r: ChartRect, style: TextStyle,
                                  draw: Bool, into anchors: inout [UUID: Anchor]) {
        let m = c.metrics
        let markerSize = style.size * 0.85
        let moreHeight = style.size * 1.4
        // Narrow columns (the report) give each name up to five lines rather than cutting it after a few words.
        let maxLines = r.width < 14 * style.size ? 5 : 2
        var y = r.y
        for (i, entry) in entries.enumerated() {
            let remaining = entries.count - i
            let indent = markerSize + m.gap * 0.6
            let box = ChartRect(x: r.x + indent, y: y, width: r.width - indent, height: style.size * (1.35 * Double(maxLines)))
            guard let size = c.measure(entry.1, width: box.width, height: box.height, style: style, maxLines: maxLines) else { break }
            let reserve = remaining > 1 ? moreHeight : 0
            guard y + size.height + reserve <= r.maxY + 0.5 else {
                if draw {
                    c.label(c.t(ChartStrings.more(remaining)), in: ChartRect(x: r.x, y: y, width: r.width, height: moreHeight),
                            style: c.smallStyle.with(weight: .semibold))
                }
                return
            }
            anchors[entry.0] = Anchor(y: y + style.size * 0.65, left: r.x - markerSize * 0.2, right: box.x + size.width)
            defer { y += size.height + m.gap * 0.6 }
            guard draw else { continue }
            if let s = entry.2 {
                let st = c.palette.status(s)
                c.marker(st.shape, x: r.x + markerSize / 2, y: y + style.size * 0.65, size: markerSize, fill: st.color, outline: c.palette.background)
            } else {
                // Activities get a short dash like a list item (a thin upright bar read as a "[" beside the name).
                let dash = ChartRect(x: r.x, y: y + style.size * 0.65 - m.hairline, width: markerSize * 0.7, height: m.hairline * 2)
                c.fill(dash, c.palette.muted)
            }
            // A polygon, not `fill`: a box of background colour counts as already painted and would be skipped.
            let patch = ChartRect(x: box.x - m.hairline, y: y, width: size.width + 2 * m.hairline, height: size.height)
            c.fillPolygon([(patch.x, patch.y), (patch.maxX, patch.y), (patch.maxX, patch.maxY), (patch.x, patch.maxY)], c.palette.background)
            c.label(entry.1, in: ChartRect(x: box.x, y: y, width: box.width, height: size.height + 0.5), style: style, maxLines: maxLines)
        }
    }
}
