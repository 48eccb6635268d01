import SamskapCore

/// Section 4: the process results of the assessment rounds.
extension ReportBuilder {
    /// The score table shows at most this many rounds (the latest), so the columns stay readable.
    private static let roundColumns = 4

    func buildProcess() {
        heading(1, t(ReportSection.process.term))
        let rounds = document.roundsByDate
        guard !rounds.isEmpty, rounds.count == results.count else {
            note(tr("No assessment rounds have been held yet.", in: language))
            return
        }
        let described = rounds.map { round in
            let count = document.respondents(in: round.id).count
            return trf("“%1$s” (%2$s, %3$s respondents)", in: language, "\(round.label)", round.date.formatted(language), "\(count)")
        }
        paragraph(trf("The partners have assessed their collaboration in %1$s rounds: %2$s. Each field is scored from 1 (weak) to 5 (strong).", in: language, "\(rounds.count)", "\(format.list(described))"))

        heading(2, tr("The profile in the latest round", in: language))
        chart(.radarFields, height: 290)
        chart(.radarValues, height: 250)
        heading(2, tr("Where the partners differ", in: language))
        chart(.divergence, height: 430)
        if rounds.count >= 2 {
            heading(2, tr("The trend across rounds", in: language))
            chart(.trend, height: 300)
        }

        heading(2, tr("Scores per field and value", in: language))
        scoreTable(rounds: rounds)

        heading(2, tr("Divergences to discuss", in: language))
        divergenceTable()

        heading(2, tr("Questions for reflection", in: language))
        reflectionPrompts()
    }

    private func scoreTable(rounds: [AssessmentRound]) {
        let shown = Array(zip(rounds, results).suffix(Self.roundColumns))
        let threshold = document.project.anonymityThreshold
        let hidden = tr("hidden", in: language)
        var columns = [Column(share: 0.33)]
        columns += shown.map { _ in Column(share: 0.43 / Double(shown.count), align: .center) }
        columns += [Column(share: 0.13, align: .right), Column(share: 0.11, align: .right)]
        var header = [tr("Field / value", in: language)]
        header += shown.map { "\($0.0.label)\n\($0.0.date.formatted(language))" }
        header += [tr("Spread", in: language), tr("Gap", in: language)]
        let latest = shown.last!.1
        var rows: [[Cell]] = []
        for kind in [DimensionKind.field, .value] {
            for dimension in model.dimensions(kind) {
                var row: [Cell] = [.text("\(dimension.number). \(dimension.name)" + (kind == .value ? " (\(tr("value", in: language)))" : ""))]
                for (_, result) in shown {
                    let r = result.result(dimension.id)
                    row.append(.score(r?.experienceMean, missing: r?.isHidden == true && (r?.respondentCount ?? 0) > 0 ? hidden : "–"))
                }
                let r = latest.result(dimension.id)
                row.append(r?.spread.map { .text(format.score($0)) } ?? .muted("–"))
                row.append(r?.gap.map { .text(format.score($0)) } ?? .muted("–"))
                rows.append(row)
            }
        }
        table(columns, header: header, rows: rows)
        paragraph(trf("The number is the mean of the partners’ experience (1–5); the darker the cell, the higher the score. Spread and gap refer to the latest round. “Hidden” means fewer than %1$s answered, so nobody can be singled out.", in: language, "\(threshold)"),
                  font: .small, color: ReportStyle.muted)
    }

    private func divergenceTable() {
        guard let latest = charts.data.currentRound?.results else { return }
        let flagged = latest.dimensions.filter { !$0.isHidden && ($0.isDivergent || $0.hasUnmetExpectation) }
            .sorted { ($0.spread ?? 0, $0.gap ?? 0) > ($1.spread ?? 0, $1.gap ?? 0) }
        let spread = format.score(ProcessThresholds.divergentSpread), gap = format.score(ProcessThresholds.unmetGap)
        guard !flagged.isEmpty else {
            note(trf("In the latest round no field or value has a spread of %1$s or more, or a gap of %2$s or more.", in: language, "\(spread)", "\(gap)"))
            return
        }
        paragraph(trf("Fields and values in the latest round where the partners lie at least %1$s points apart, or where importance lies at least %2$s above experience:", in: language, "\(spread)", "\(gap)"),
                  keepWithNext: true)
        table([Column(share: 0.32), Column(share: 0.13, align: .right), Column(share: 0.13, align: .right), Column(share: 0.42)],
              header: [tr("Field / value", in: language), tr("Spread", in: language), tr("Gap", in: language), tr("What it suggests", in: language)],
              rows: flagged.map { r in
                  var what: [String] = []
                  if r.isDivergent { what.append(tr("The partners experience this very differently.", in: language)) }
                  if r.hasUnmetExpectation { what.append(tr("Expectations are not met.", in: language)) }
                  return [.text(model.dimension(id: r.dimensionID)?.name ?? r.dimensionID),
                          .text(r.spread.map { format.score($0) } ?? "–"), .text(r.gap.map { format.score($0) } ?? "–"),
                          .text(what.joined(separator: " "))]
              })
    }

    private func reflectionPrompts() {
        guard let latest = charts.data.currentRound?.results else { return }
        let weakest = latest.weakest.filter { $0.kind == .field }.prefix(3)
        guard !weakest.isEmpty else {
            note(tr("No field has enough answers to pick the weakest.", in: language))
            return
        }
        paragraph(tr("The questions below belong to the three fields with the lowest experienced score in the latest round. Take them to the next meeting.", in: language),
                  keepWithNext: true)
        for result in weakest {
            guard let dimension = model.dimension(id: result.dimensionID) else { continue }
            heading(3, "\(dimension.name) – \(format.score(result.experienceMean ?? 0))")
            paragraph(dimension.summary, color: ReportStyle.muted, spaceAfter: 4, keepWithNext: true)
            bullets(dimension.prompts)
        }
    }
}
