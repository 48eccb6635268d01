import CCairo
import FoundationEssentials
import Glibc
import SamskapCore

/// A profile of the action fields or of the values: group mean, the min–max band across respondents,
/// importance beside experience, and one partner's own answers on top when selected.
enum RadarChart {
    /// `titled: false` leaves out the title and the round line, for a screen that says them itself (the workshop's).
    static func draw(_ data: ChartData, kind: DimensionKind, on c: Canvas, titled: Bool = true) {
        let title = c.t(kind == .field ? ChartKind.radarFields.title : ChartKind.radarValues.title)
        let untitled = c.bounds.insetBy(c.metrics.pad, c.metrics.pad)
        guard let current = data.currentRound else {
            let area = titled ? c.header(title, subtitle: nil) : untitled
            return c.emptyState(c.t(ChartStrings.noRoundEmpty), in: area)
        }
        let dims = data.model.dimensions(kind)
        let results = dims.map { current.results.result($0.id) }
        let respondents = results.compactMap { $0?.respondentCount }.max() ?? 0
        let area = titled ? c.header(title, subtitle: "\(c.t(ChartStrings.round)): \(current.round.label) · \(current.round.date.formatted(c.language)) · \(respondents) \(c.t(ChartStrings.respondents))") : untitled
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
        let previous = previousRound(data, current: current.round.id, dims: dims)

        let p = c.palette
        var items = [LegendItem(key: .swatch(p.band), text: c.t(ChartStrings.range)),
                     LegendItem(key: .line(p.experience, dashed: false), text: c.t(ChartStrings.groupMean)),
                     LegendItem(key: .line(p.importance, dashed: true), text: c.t(ChartStrings.importance))]
        if let previous {
            items.append(LegendItem(key: .line(p.muted, dashed: true), text: "\(c.t(ChartStrings.previousRound)): \(previous.label)"))
        }
        if let partnerName { items.append(LegendItem(key: .line(p.overlay, dashed: true), text: "\(c.t(ChartStrings.partner)): \(partnerName)")) }
        if results.contains(where: { $0?.isHidden ?? true }) { items.append(LegendItem(key: .none, text: c.t(ChartStrings.hiddenNote))) }
        let legendHeight = c.legend(items, in: area, draw: false, align: .center)
        let (legendArea, rest) = area.sliceBottom(legendHeight)
        c.legend(items, in: legendArea, align: .center)
        let plot = rest.sliceBottom(c.metrics.pad).1

        let m = c.metrics
        let n = dims.count
        func angle(_ i: Int) -> Double { -Double.pi / 2 + 2 * Double.pi * Double(i) / Double(n) }
        let texts: [AxisText] = (0..<n).map { i in
            // A radar on a workshop screen has no room for figures at the room's text size: the names alone.
            guard titled else { return AxisText(name: dims[i].name, figures: []) }
            let r = results[i]
            guard let e = r?.experienceMean else { return AxisText(name: dims[i].name, figures: ["–"]) }
            let exp = "\(c.t(ChartStrings.experience)) \(ChartStrings.score(e, c.language))"
            guard let imp = r?.importanceMean else { return AxisText(name: dims[i].name, figures: [exp]) }
            return AxisText(name: dims[i].name, figures: [exp, "\(c.t(ChartStrings.importance)) \(ChartStrings.score(imp, c.language))"])
        }
        // Untitled (on a projector) the names are large: a long one is broken with a hyphen rather than cut.
        c.breaksLongWords = !titled
        defer { c.breaksLongWords = false }
        let placed = layoutLabels(c, texts, angles: (0..<n).map(angle), in: plot, breakWords: !titled)
        let radius = placed.radius
        let cx = plot.midX
        let cy = plot.midY
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
        if let previous { series(c, previous.means, point: point, color: p.muted, dashed: true, shape: .triangle) }
        series(c, results.map { $0?.experienceMean }, point: point, color: p.experience, dashed: false, shape: .circle)

        // Ring numbers just inside their ring, right of the first spoke, clear of the labels outside.
        // Every other ring when they stand far enough apart for the numbers, else the outer ones, else none.
        let numberHeight = m.small * 1.3
        let rings = radius * 2 / 5 >= numberHeight ? [1, 3, 5] : (radius * 4 / 5 >= numberHeight ? [1, 5] : [])
        for s in rings {
            let (x, y) = point(0, Double(s))
            c.label("\(s)", in: ChartRect(x: x + m.gap * 0.4, y: y + 1, width: m.small * 1.5, height: m.small * 1.3), style: c.smallStyle)
        }

        // Axis labels around the outside: name, then the figures, as laid out above.
        for label in placed.labels {
            c.label(label.text.name, in: label.nameBox, style: label.nameStyle, align: label.align, maxLines: 2)
            for (k, line) in label.figureLines.enumerated() {
                c.label(line, in: ChartRect(x: label.block.x, y: label.nameBox.maxY + Double(k) * label.figureHeight,
                                            width: label.block.width, height: label.figureHeight + 0.5),
                        style: label.figureStyle, align: label.align)
            }
        }
    }

    /// The round chosen to stand beside the shown one: its label and its experience means per dimension (nil where
    /// hidden or unanswered); nil when none is chosen, it is the shown round, or it has nothing to show.
    private static func previousRound(_ data: ChartData, current: UUID, dims: [ModelDimension]) -> (label: String, means: [Double?])? {
        guard let id = data.selection.previousRoundID, id != current, data.rounds.count == data.results.count,
              let k = data.rounds.firstIndex(where: { $0.id == id }) else { return nil }
        let means = dims.map { d in data.results[k].result(d.id).flatMap { $0.isHidden ? nil : $0.experienceMean } }
        guard means.contains(where: { $0 != nil }) else { return nil }
        return (data.rounds[k].label, means)
    }

    /// What an axis says: the dimension's name and its figures (experience, importance).
    struct AxisText {
        var name: String
        var figures: [String]
    }

    /// An axis label placed: its block, the name's box within it and the figure lines below.
    struct PlacedLabel {
        var text: AxisText
        var block: ChartRect
        var nameBox: ChartRect
        var nameStyle: TextStyle
        var figureLines: [String]
        var figureHeight: Double
        var figureStyle: TextStyle
        var align: TextAlign
        var maxWidth: Double
    }

    /// Chooses the radius and places the axis labels around it by angle: each label grows away from the
    /// chart from its spoke's end, wraps at word boundaries in up to two lines, and neighbours that collide
    /// are narrowed (or pushed apart on the same side). The largest radius where every name fits whole at
    /// full size wins; failing that, names may shrink to the minimum size; only then may they be cut.
    /// With `breakWords`, a pass that accepts names broken inside a word comes before the one that may cut them.
    static func layoutLabels(_ c: Canvas, _ texts: [AxisText], angles: [Double], in plot: ChartRect,
                             breakWords: Bool = false) -> (radius: Double, labels: [PlacedLabel]) {
        let m = c.metrics
        let base = c.bodyStyle.with(weight: .semibold)
        let small = c.smallStyle
        let shortSide = min(plot.width, plot.height)
        let rMax = max(10, shortSide / 2 - m.gap)
        let rMin = max(10, shortSide * 0.2)
        var radii: [Double] = []
        var r = rMax
        while r > rMin { radii.append(r); r *= 0.93 }
        radii.append(rMin)
        let cutting = breakWords ? 3 : 2
        for pass in 0...cutting {
            let nameStyle = pass == 0 ? withMin(base, base.size) : base
            let figureStyle = pass == 0 ? withMin(small, small.size) : small
            for radius in radii {
                if let labels = place(c, texts, angles: angles, radius: radius, in: plot, nameStyle: nameStyle,
                                      figureStyle: figureStyle, allowBroken: breakWords && pass >= 2, allowCut: pass == cutting) {
                    return (radius, labels)
                }
            }
        }
        // Nothing fits cleanly: the smallest radius, labels that still collide left out.
        let labels = place(c, texts, angles: angles, radius: rMin, in: plot, nameStyle: base, figureStyle: small,
                           allowCut: true, dropColliding: true) ?? []
        return (rMin, labels)
    }

    private static func withMin(_ s: TextStyle, _ size: Double) -> TextStyle {
        var s = s
        s.minSize = size
        return s
    }

    /// A style fixed at the size the layout chose.
    private static func fixed(_ s: TextStyle, _ size: Double) -> TextStyle {
        var s = s
        s.size = size
        s.minSize = size
        return s
    }

    private static func place(_ c: Canvas, _ texts: [AxisText], angles: [Double], radius: Double, in plot: ChartRect,
                              nameStyle: TextStyle, figureStyle: TextStyle, allowBroken: Bool = false, allowCut: Bool,
                              dropColliding: Bool = false) -> [PlacedLabel]? {
        let m = c.metrics
        let cx = plot.midX, cy = plot.midY
        let reach = radius + m.gap
        let cap = min(plot.width * 0.42, 18 * m.body)

        func anchor(_ i: Int) -> (Double, Double, TextAlign) {
            let a = angles[i]
            let align: TextAlign = cos(a) > 0.2 ? .leading : (cos(a) < -0.2 ? .trailing : .center)
            return (cx + reach * cos(a), cy + reach * sin(a), align)
        }
        func room(_ i: Int) -> Double {
            let (ax, _, align) = anchor(i)
            switch align {
            case .leading: return min(cap, plot.maxX - ax)
            case .trailing: return min(cap, ax - plot.x)
            case .center: return min(cap * 1.4, 2 * min(ax - plot.x, plot.maxX - ax))
            }
        }
        /// Measures and places label i at a width; nil when it does not fit by the pass's rules.
        func make(_ i: Int, width: Double, dy: Double = 0) -> PlacedLabel? {
            guard width >= m.body * 2 else { return nil }
            let text = texts[i]
            guard let name = c.fitted(text.name, width: width, style: nameStyle, maxLines: 2),
                  allowCut || (!name.isEllipsized && (allowBroken || !name.isBrokenMidWord)) else { return nil }
            // Figures on one line when they fit, else one figure a line; none at all on an untitled radar.
            var lines = [text.figures.joined(separator: " · ")]
            var fig = c.fitted(lines[0], width: width, style: figureStyle)
            if text.figures.count > 1, fig == nil || fig!.isEllipsized {
                lines = text.figures
                let each = lines.compactMap { c.fitted($0, width: width, style: figureStyle) }
                guard each.count == lines.count else { return nil }
                fig = each.max { $0.width < $1.width }
                if !allowCut && each.contains(where: \.isEllipsized) { return nil }
            }
            if text.figures.isEmpty { lines = [] }
            guard text.figures.isEmpty || fig != nil, allowCut || !(fig?.isEllipsized ?? false) else { return nil }
            let figureHeight = text.figures.isEmpty ? 0 : fig?.height ?? 0
            let w = max(name.width, text.figures.isEmpty ? 0 : fig?.width ?? 0)
            let h = name.height + figureHeight * Double(lines.count)
            let (ax, ay, align) = anchor(i)
            let a = angles[i]
            let x = align == .leading ? ax : (align == .trailing ? ax - w : ax - w / 2)
            var y = sin(a) > 0.2 ? ay : (sin(a) < -0.2 ? ay - h : ay - h / 2)
            y += dy
            let block = ChartRect(x: x, y: y, width: w, height: h)
            return PlacedLabel(text: text, block: block,
                               nameBox: ChartRect(x: x, y: y, width: w, height: name.height + 0.5),
                               nameStyle: fixed(nameStyle, name.size), figureLines: lines, figureHeight: figureHeight,
                               figureStyle: fixed(figureStyle, fig?.size ?? figureStyle.size), align: align, maxWidth: width)
        }
        func clear(_ l: PlacedLabel) -> Bool {
            guard plot.contains(l.block, tolerance: 0.01) else { return false }
            // Outside the disc: the nearest point of the block to the centre lies beyond the radius.
            let nx = min(max(cx, l.block.x), l.block.maxX), ny = min(max(cy, l.block.y), l.block.maxY)
            return hypot(nx - cx, ny - cy) >= radius + m.gap * 0.3
        }
        var labels: [PlacedLabel] = []
        var offsets = Array(repeating: 0.0, count: texts.count)
        for i in texts.indices {
            guard let l = make(i, width: room(i)) else {
                guard dropColliding else { return nil }
                let none = ChartRect(x: 0, y: 0, width: 0, height: 0)
                labels.append(PlacedLabel(text: texts[i], block: none, nameBox: none, nameStyle: nameStyle, figureLines: [],
                                          figureHeight: 0, figureStyle: figureStyle, align: .center, maxWidth: 0))
                continue
            }
            labels.append(l)
        }
        // Resolve collisions between neighbours: narrow the more central label, or push apart vertically.
        var rounds = 0
        while rounds < 24 {
            rounds += 1
            var pair: (Int, Int)?
            outer: for i in labels.indices where labels[i].block.width > 0 {
                for j in labels.indices where j > i && labels[j].block.width > 0 && labels[i].block.overlaps(labels[j].block, tolerance: -m.gap * 0.3) {
                    pair = (i, j)
                    break outer
                }
            }
            guard let (i, j) = pair else { break }
            let ci = abs(cos(angles[i])), cj = abs(cos(angles[j]))
            let narrow = ci < cj ? i : j
            let other = narrow == i ? j : i
            if let l = make(narrow, width: labels[narrow].block.width * 0.8, dy: offsets[narrow]), clear(l),
               !l.block.overlaps(labels[other].block, tolerance: -m.gap * 0.3) || l.block.width < labels[narrow].block.width - 0.5 {
                labels[narrow] = l
                continue
            }
            // Same side: push the label further from the horizontal middle away from the other.
            let far = abs(sin(angles[i])) > abs(sin(angles[j])) ? i : j
            let near = far == i ? j : i
            let overlap = labels[far].block.midY < labels[near].block.midY
                ? labels[far].block.maxY - labels[near].block.y + m.gap * 0.3
                : -(labels[near].block.maxY - labels[far].block.y + m.gap * 0.3)
            offsets[far] -= overlap
            if let l = make(far, width: labels[far].maxWidth, dy: offsets[far]), clear(l) {
                labels[far] = l
                continue
            }
            if dropColliding {
                labels[narrow].block = ChartRect(x: 0, y: 0, width: 0, height: 0)
                labels[narrow].figureLines = []
                continue
            }
            return nil
        }
        if dropColliding {
            return labels.filter { $0.block.width > 0 && plot.contains($0.block, tolerance: 0.01) }
        }
        guard rounds < 24, labels.allSatisfy(clear) else { return nil }
        return labels
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
