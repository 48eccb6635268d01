import FoundationEssentials
import SamskapCore

/// Section 5: the results chain, an overview of every indicator, then each indicator with its chart.
extension ReportBuilder {
    /// Above this many indicators the all-in-one progress chart would be unreadable; the table carries them.
    private static let progressChartLimit = 16

    func buildResults() {
        heading(1, t(ReportSection.results.term))
        let indicators = document.indicators
        let byID = Dictionary(progress.map { ($0.indicatorID, $0) }, uniquingKeysWith: { a, _ in a })
        paragraph(resultsIntro())

        heading(2, tr("The results chain", in: language))
        paragraph(tr("Inputs give outputs that can be counted, which give outcomes, which contribute to impact over time and finally to societal value.", in: language))
        chart(.resultsChain, height: 260)
        buildTheoryOfChange()
        guard !indicators.isEmpty else {
            note(tr("The project has no indicators yet.", in: language))
            return
        }
        if indicators.count <= Self.progressChartLimit {
            chart(.indicators, height: min(420, 110 + Double(indicators.count) * 26))
        }

        heading(2, tr("The indicators at a glance", in: language))
        // Grouped by level as in the results chain, in the project's order within a level.
        let ordered = IndicatorLevel.allCases.flatMap { level in indicators.filter { $0.level == level } }
        table([Column(share: 0.28), Column(share: 0.13), Column(share: 0.15, align: .right), Column(share: 0.15, align: .right),
               Column(share: 0.15, align: .right), Column(share: 0.14)],
              header: [tr("Indicator", in: language), tr("Level", in: language), tr("Baseline", in: language), tr("Target", in: language),
                       tr("Latest", in: language), tr("Status", in: language)],
              rows: ordered.map { indicator in
                  let p = byID[indicator.id]
                  return [.text(indicator.name), .text(t(indicator.level.term)),
                          indicator.baseline.value.map { .text(format.value($0, unit: indicator.unit)) } ?? .muted("–"),
                          indicator.target.value.map { .text(format.value($0, unit: indicator.unit)) } ?? .muted("–"),
                          latestCell(indicator, p),
                          .status(p?.status ?? .noData)]
              })

        heading(2, tr("Indicator by indicator", in: language))
        var measurementsByID: [UUID: [SamskapCore.Measurement]] = [:]
        for m in document.measurements { measurementsByID[m.indicatorID, default: []].append(m) }
        for indicator in ordered {
            heading(3, indicator.name)
            indicatorCard(indicator, progress: byID[indicator.id], measurements: measurementsByID[indicator.id] ?? [])
            targetHistory(indicator)
        }
    }

    /// The overview's "latest" cell: a qualitative note is only dated here; its text is in the indicator's card.
    private func latestCell(_ indicator: Indicator, _ progress: IndicatorProgress?) -> Cell {
        guard let latest = progress?.latest else { return .muted(tr("not yet measured", in: language)) }
        if indicator.kind == .qualitative || latest.value == nil {
            return .text(trf("note %1$s", in: language, latest.date.formatted(language)))
        }
        return .text(latestText(indicator, progress))
    }

    private func resultsIntro() -> String {
        let counts = IndicatorLevel.allCases.compactMap { level -> String? in
            let n = document.indicators.filter { $0.level == level }.count
            return n > 0 ? "\(n) \(t(level.term).lowercased())" : nil
        }
        let statuses = IndicatorStatus.allCases.compactMap { status -> String? in
            let n = progress.filter { $0.status == status }.count
            return n > 0 ? "\(n) \(t(status.term).lowercased())" : nil
        }
        guard !counts.isEmpty else {
            return tr("Results are measured with indicators at several levels of the results chain.", in: language)
        }
        return trf("The project follows %1$s indicators (level: %2$s). Status now: %3$s.", in: language, "\(document.indicators.count)", "\(format.list(counts))", "\(format.list(statuses))")
    }

    /// The indicator's facts on the left and its progress chart on the right, kept together on one page.
    private func indicatorCard(_ indicator: Indicator, progress: IndicatorProgress?, measurements: [SamskapCore.Measurement]) {
        var pairs: [(String, String)] = [
            (tr("Level", in: language), "\(t(indicator.level.term)) · \(t(indicator.kind.term).lowercased())"),
        ]
        if indicator.kind == .quantitative {
            pairs.append((tr("Unit", in: language), indicator.unit.isEmpty ? "–" : "\(indicator.unit) · \(t(indicator.direction.term).lowercased())"))
            pairs.append((tr("Baseline", in: language), format.reference(indicator.baseline, unit: indicator.unit) ?? "–"))
            pairs.append((tr("Target", in: language), format.reference(indicator.target, unit: indicator.unit) ?? "–"))
        }
        var latest = latestText(indicator, progress)
        if let m = progress?.latest { latest += " (\(m.date.formatted(language)))" }
        pairs.append((tr("Latest", in: language), latest))
        if let share = progress?.progress {
            var text = format.number(share * 100, decimals: 0) + "\u{00A0}%"
            if let expected = progress?.expected {
                text += trf(" of the way (expected %1$s)", in: language, format.number(expected * 100, decimals: 0) + "\u{00A0}%")
            } else {
                text += tr(" of the way", in: language)
            }
            pairs.append((tr("Progress", in: language), text))
        }
        var how = [indicator.method, indicator.dataSource].filter { !$0.isEmpty }.joined(separator: " · ")
        if let id = indicator.responsiblePartnerID, let partner = document.partner(id) {
            how += (how.isEmpty ? "" : " · ") + partner.name
        }
        pairs.append((trc("how often it is measured", "Measured", in: language), (how.isEmpty ? "" : how + " · ") + t(indicator.frequency.term).lowercased()))

        let gap = 14.0, chartShare = 0.5
        let factsWidth = (width - gap) * (1 - chartShare), chartWidth = (width - gap) * chartShare
        var facts = makeTable(columns: [Column(share: 0.34), Column(share: 0.66)], header: nil,
                              rows: pairs.map { [.muted($0.0), .text($0.1)] }, style: .keyValue, width: factsWidth)
        let status = progress?.status ?? .noData
        facts.rows.insert([TableCell(box: factory.box(tr("Status", in: language), font: .table, width: factsWidth * 0.34 - 2 * TableBlock.padX, color: ReportStyle.muted)),
                           TableCell(box: factory.box(t(status.term), font: .tableBold, width: factsWidth * 0.66 - 2 * TableBlock.padX - TableBlock.markerWidth), status: status)], at: 0)
        let factsHeight = facts.rows.indices.map(facts.rowHeight).reduce(0, +)
        // The indicator's own panel, its name and status being the card's heading and first row; without measurements
        // there is nothing to plot.
        let chartHeight = measurements.isEmpty ? 0.0 : 150.0
        let data = charts.data(forIndicator: indicator, measurements: measurements)
        let alt = trf("The course of “%1$s”: ", in: language, "\(indicator.name)") + pairs.map { "\($0.0) \($0.1)" }.joined(separator: ". ")
        let charts = self.charts
        append(.figure(FigureBlock(height: max(factsHeight, chartHeight), spaceBefore: 2, spaceAfter: 10) { canvas, x, y, _ in
            // The facts are a table and the panel a figure of their own in the tagged PDF, the facts read first.
            TablePainter.paintWhole(facts, on: canvas.cr, x: x, y: y, tagged: true)
            if chartHeight > 0 {
                ReportStructure.figure(alt: alt).wrap(canvas.cr) {
                    charts.drawIndicator(data, on: canvas.cr, x: x + factsWidth + gap, y: y, width: chartWidth, height: chartHeight)
                    canvas.alternatives.add(alt)
                }
            }
        }))
    }
}
