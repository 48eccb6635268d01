import SamskapCore

/// Section 4: the process results of the assessment rounds.
extension ReportBuilder {
    /// The score table shows at most this many rounds (the latest), so the columns stay readable.
    private static let roundColumns = 4

    func buildProcess() {
        heading(1, t(ReportSection.process.term))
        let rounds = document.roundsByDate
        guard !rounds.isEmpty, rounds.count == results.count else {
            note(t("Ingen vurderingsrunder er holdt ennå.", "No assessment rounds have been held yet."))
            return
        }
        let described = rounds.map { round in
            let count = document.respondents(in: round.id).count
            return t("«\(round.label)» (\(round.date.formatted(language)), \(count) svarende)",
                     "“\(round.label)” (\(round.date.formatted(language)), \(count) respondents)")
        }
        paragraph(t("Samarbeidspartnerne har vurdert samarbeidet i \(rounds.count) runder: \(format.list(described)). Hvert felt skåres fra 1 (svakt) til 5 (sterkt).",
                    "The partners have assessed their collaboration in \(rounds.count) rounds: \(format.list(described)). Each field is scored from 1 (weak) to 5 (strong)."))

        heading(2, t("Profilen i siste runde", "The profile in the latest round"))
        chart(.radarFields, height: 290)
        chart(.radarValues, height: 250)
        heading(2, t("Hvor samarbeidspartnerne er uenige", "Where the partners differ"))
        chart(.divergence, height: 430)
        if rounds.count >= 2 {
            heading(2, t("Utviklingen over rundene", "The trend across rounds"))
            chart(.trend, height: 300)
        }

        heading(2, t("Skårer per felt og verdi", "Scores per field and value"))
        scoreTable(rounds: rounds)

        heading(2, t("Forskjeller å ta opp", "Divergences to discuss"))
        divergenceTable()

        heading(2, t("Spørsmål til refleksjon", "Questions for reflection"))
        reflectionPrompts()
    }

    private func scoreTable(rounds: [AssessmentRound]) {
        let shown = Array(zip(rounds, results).suffix(Self.roundColumns))
        let threshold = document.project.anonymityThreshold
        let hidden = t("skjult", "hidden")
        var columns = [Column(share: 0.33)]
        columns += shown.map { _ in Column(share: 0.43 / Double(shown.count), align: .center) }
        columns += [Column(share: 0.13, align: .right), Column(share: 0.11, align: .right)]
        var header = [t("Felt / verdi", "Field / value")]
        header += shown.map { "\($0.0.label)\n\($0.0.date.formatted(language))" }
        header += [t("Spredning", "Spread"), t("Gap", "Gap")]
        let latest = shown.last!.1
        var rows: [[Cell]] = []
        for kind in [DimensionKind.field, .value] {
            for dimension in model.dimensions(kind) {
                var row: [Cell] = [.text("\(dimension.number). \(dimension.name)" + (kind == .value ? " (\(t("verdi", "value")))" : ""))]
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
        paragraph(t("Tallet er gjennomsnittet av samarbeidspartnernes opplevelse (1–5); jo mørkere felt, jo høyere skår. Spredning og gap gjelder siste runde. «Skjult» betyr at færre enn \(threshold) svarte, så ingen kan gjenkjennes.",
                    "The number is the mean of the partners’ experience (1–5); the darker the cell, the higher the score. Spread and gap refer to the latest round. “Hidden” means fewer than \(threshold) answered, so nobody can be singled out."),
                  font: .small, color: ReportStyle.muted)
    }

    private func divergenceTable() {
        guard let latest = charts.data.currentRound?.results else { return }
        let flagged = latest.dimensions.filter { !$0.isHidden && ($0.isDivergent || $0.hasUnmetExpectation) }
            .sorted { ($0.spread ?? 0, $0.gap ?? 0) > ($1.spread ?? 0, $1.gap ?? 0) }
        let spread = format.score(ProcessThresholds.divergentSpread), gap = format.score(ProcessThresholds.unmetGap)
        guard !flagged.isEmpty else {
            note(t("I siste runde har ingen felt eller verdi en spredning på \(spread) eller mer, eller et gap på \(gap) eller mer.",
                   "In the latest round no field or value has a spread of \(spread) or more, or a gap of \(gap) or more."))
            return
        }
        paragraph(t("Felt og verdier i siste runde der samarbeidspartnerne ligger minst \(spread) poeng fra hverandre, eller der viktigheten ligger minst \(gap) over opplevelsen:",
                    "Fields and values in the latest round where the partners lie at least \(spread) points apart, or where importance lies at least \(gap) above experience:"),
                  keepWithNext: true)
        table([Column(share: 0.32), Column(share: 0.13, align: .right), Column(share: 0.13, align: .right), Column(share: 0.42)],
              header: [t("Felt / verdi", "Field / value"), t("Spredning", "Spread"), t("Gap", "Gap"), t("Hva det tyder på", "What it suggests")],
              rows: flagged.map { r in
                  var what: [String] = []
                  if r.isDivergent { what.append(t("Samarbeidspartnerne opplever dette svært ulikt.", "The partners experience this very differently.")) }
                  if r.hasUnmetExpectation { what.append(t("Forventningene er ikke innfridd.", "Expectations are not met.")) }
                  return [.text(model.dimension(id: r.dimensionID)?.name ?? r.dimensionID),
                          .text(r.spread.map { format.score($0) } ?? "–"), .text(r.gap.map { format.score($0) } ?? "–"),
                          .text(what.joined(separator: " "))]
              })
    }

    private func reflectionPrompts() {
        guard let latest = charts.data.currentRound?.results else { return }
        let weakest = latest.weakest.filter { $0.kind == .field }.prefix(3)
        guard !weakest.isEmpty else {
            note(t("Ingen felt har nok svar til å velge ut de svakeste.", "No field has enough answers to pick the weakest."))
            return
        }
        paragraph(t("Spørsmålene under hører til de tre feltene med lavest opplevd skår i siste runde. Ta dem med til neste møte.",
                    "The questions below belong to the three fields with the lowest experienced score in the latest round. Take them to the next meeting."),
                  keepWithNext: true)
        for result in weakest {
            guard let dimension = model.dimension(id: result.dimensionID) else { continue }
            heading(3, "\(dimension.name) – \(format.score(result.experienceMean ?? 0))")
            paragraph(dimension.summary, color: ReportStyle.muted, spaceAfter: 4, keepWithNext: true)
            bullets(dimension.prompts)
        }
    }
}
