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

        heading(2, t("Resultatkjeden", "The results chain"))
        paragraph(t("Innsatsfaktorer gir resultater vi kan telle, som gir virkninger, som bidrar til effekter over tid og til slutt til samfunnsverdi.",
                    "Inputs give outputs that can be counted, which give outcomes, which contribute to impact over time and finally to societal value."))
        chart(.resultsChain, height: 260)
        buildTheoryOfChange()
        guard !indicators.isEmpty else {
            note(t("Prosjektet har ingen indikatorer ennå.", "The project has no indicators yet."))
            return
        }
        if indicators.count <= Self.progressChartLimit {
            chart(.indicators, height: min(420, 110 + Double(indicators.count) * 26))
        }

        heading(2, t("Oversikt over indikatorene", "The indicators at a glance"))
        // Grouped by level as in the results chain, in the project's order within a level.
        let ordered = IndicatorLevel.allCases.flatMap { level in indicators.filter { $0.level == level } }
        table([Column(share: 0.28), Column(share: 0.13), Column(share: 0.15, align: .right), Column(share: 0.15, align: .right),
               Column(share: 0.15, align: .right), Column(share: 0.14)],
              header: [t("Indikator", "Indicator"), t("Nivå", "Level"), t("Utgangspunkt", "Baseline"), t("Mål", "Target"),
                       t("Siste måling", "Latest"), t("Status", "Status")],
              rows: ordered.map { indicator in
                  let p = byID[indicator.id]
                  return [.text(indicator.name), .text(t(indicator.level.term)),
                          indicator.baseline.value.map { .text(format.value($0, unit: indicator.unit)) } ?? .muted("–"),
                          indicator.target.value.map { .text(format.value($0, unit: indicator.unit)) } ?? .muted("–"),
                          latestCell(indicator, p),
                          .status(p?.status ?? .noData)]
              })

        heading(2, t("Indikator for indikator", "Indicator by indicator"))
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
        guard let latest = progress?.latest else { return .muted(t("ikke målt ennå", "not yet measured")) }
        if indicator.kind == .qualitative || latest.value == nil {
            return .text(t("notat \(latest.date.formatted(language))", "note \(latest.date.formatted(language))"))
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
            return t("Resultatene måles med indikatorer på flere nivåer i resultatkjeden.", "Results are measured with indicators at several levels of the results chain.")
        }
        return t("Prosjektet følger \(document.indicators.count) indikatorer (nivå: \(format.list(counts))). Status nå: \(format.list(statuses)).",
                 "The project follows \(document.indicators.count) indicators (level: \(format.list(counts))). Status now: \(format.list(statuses)).")
    }

    /// The indicator's facts on the left and its progress chart on the right, kept together on one page.
    private func indicatorCard(_ indicator: Indicator, progress: IndicatorProgress?, measurements: [SamskapCore.Measurement]) {
        var pairs: [(String, String)] = [
            (t("Nivå", "Level"), "\(t(indicator.level.term)) · \(t(indicator.kind.term).lowercased())"),
        ]
        if indicator.kind == .quantitative {
            pairs.append((t("Enhet", "Unit"), indicator.unit.isEmpty ? "–" : "\(indicator.unit) · \(t(indicator.direction.term).lowercased())"))
            pairs.append((t("Utgangspunkt", "Baseline"), format.reference(indicator.baseline, unit: indicator.unit) ?? "–"))
            pairs.append((t("Mål", "Target"), format.reference(indicator.target, unit: indicator.unit) ?? "–"))
        }
        var latest = latestText(indicator, progress)
        if let m = progress?.latest { latest += " (\(m.date.formatted(language)))" }
        pairs.append((t("Siste måling", "Latest"), latest))
        if let share = progress?.progress {
            var text = format.number(share * 100, decimals: 0) + "\u{00A0}%"
            if let expected = progress?.expected {
                text += t(" av veien (forventet \(format.number(expected * 100, decimals: 0))\u{00A0}%)",
                          " of the way (expected \(format.number(expected * 100, decimals: 0))\u{00A0}%)")
            } else {
                text += t(" av veien", " of the way")
            }
            pairs.append((t("Framdrift", "Progress"), text))
        }
        var how = [indicator.method, indicator.dataSource].filter { !$0.isEmpty }.joined(separator: " · ")
        if let id = indicator.responsiblePartnerID, let partner = document.partner(id) {
            how += (how.isEmpty ? "" : " · ") + partner.name
        }
        pairs.append((t("Måles", "Measured"), (how.isEmpty ? "" : how + " · ") + t(indicator.frequency.term).lowercased()))

        let gap = 14.0, chartShare = 0.5
        let factsWidth = (width - gap) * (1 - chartShare), chartWidth = (width - gap) * chartShare
        var facts = makeTable(columns: [Column(share: 0.34), Column(share: 0.66)], header: nil,
                              rows: pairs.map { [.muted($0.0), .text($0.1)] }, style: .keyValue, width: factsWidth)
        let status = progress?.status ?? .noData
        facts.rows.insert([TableCell(box: factory.box(t("Status", "Status"), font: .table, width: factsWidth * 0.34 - 2 * TableBlock.padX, color: ReportStyle.muted)),
                           TableCell(box: factory.box(t(status.term), font: .tableBold, width: factsWidth * 0.66 - 2 * TableBlock.padX - TableBlock.markerWidth), status: status)], at: 0)
        let factsHeight = facts.rows.indices.map(facts.rowHeight).reduce(0, +)
        // The indicator's own panel, its name and status being the card's heading and first row; without measurements
        // there is nothing to plot.
        let chartHeight = measurements.isEmpty ? 0.0 : 150.0
        let data = charts.data(forIndicator: indicator, measurements: measurements)
        let alt = t("Utviklingen for «\(indicator.name)»: ", "The course of “\(indicator.name)”: ") + pairs.map { "\($0.0) \($0.1)" }.joined(separator: ". ")
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
