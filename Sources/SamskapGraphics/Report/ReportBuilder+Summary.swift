import SamskapCore

/// Section 1: one page for the reader in a hurry.
extension ReportBuilder {
    func buildSummary() {
        heading(1, t(ReportSection.summary.term))
        paragraph(summaryIntro())
        chart(.model, height: 250)

        heading(2, t("Nøkkelindikatorer", "Key indicators"))
        let keyed = document.indicators.filter(\.isKey)
        let chosen = Array((keyed.isEmpty ? document.indicators.sorted { $0.level < $1.level } : keyed).prefix(6))
        if chosen.isEmpty {
            note(t("Prosjektet har ingen indikatorer ennå.", "The project has no indicators yet."))
        } else {
            let byID = Dictionary(progress.map { ($0.indicatorID, $0) }, uniquingKeysWith: { a, _ in a })
            table([Column(share: 0.44), Column(share: 0.19, align: .right), Column(share: 0.17, align: .right), Column(share: 0.20)],
                  header: [t("Indikator", "Indicator"), t("Siste måling", "Latest"), t("Mål", "Target"), t("Status", "Status")],
                  rows: chosen.map { indicator in
                      let p = byID[indicator.id]
                      return [.text(indicator.name), .text(latestText(indicator, p)),
                              .text(indicator.target.value.map { format.value($0, unit: indicator.unit) } ?? "–"),
                              .status(p?.status ?? .noData)]
                  })
            let more = (keyed.isEmpty ? document.indicators.count : keyed.count) - chosen.count
            if more > 0 {
                note(t("\(more) indikatorer til står i kapittelet om resultatene.", "\(more) more indicators are listed in the results chapter."))
            }
        }

        heading(2, t("Største forskjeller mellom samarbeidspartnerne", "Largest divergences between the partners"))
        let disputed = (charts.data.currentRound?.results.mostDisputed ?? []).filter { ($0.spread ?? 0) > 0 }.prefix(3)
        if disputed.isEmpty {
            note(t("Ingen vurderingsrunde har nok svar til å vise forskjeller ennå.",
                   "No assessment round has enough answers to show divergences yet."))
        } else {
            bullets(disputed.map(divergenceSentence))
        }
    }

    private func summaryIntro() -> String {
        let project = document.project
        var parts: [String] = []
        let place = project.municipality.map { t(" i \($0.name)", " in \($0.name)") } ?? ""
        parts.append(t("«\(project.name)» er et samskapingsprosjekt\(place).", "“\(project.name)” is a co-creation project\(place)."))
        let sectors = document.partnersBySector.count
        parts.append(t("\(document.partners.count) samarbeidspartnere fra \(sectors) sektorer samarbeider.",
                       "\(document.partners.count) partners from \(sectors) sectors work together."))
        if let current = charts.data.currentRound {
            parts.append(t("Modellen under viser runden «\(current.round.label)» (\(current.round.date.formatted(language))).",
                           "The model below shows the round “\(current.round.label)” (\(current.round.date.formatted(language)))."))
        }
        let onTrack = progress.filter { $0.status == .onTrack }.count
        let judged = progress.filter { $0.status == .onTrack || $0.status == .behind }.count
        if !document.indicators.isEmpty {
            parts.append(t("\(onTrack) av \(judged) målte indikatorer er i rute.", "\(onTrack) of \(judged) measured indicators are on track."))
        }
        return parts.joined(separator: " ")
    }

    /// "latest value (date)" or the words for no measurement.
    func latestText(_ indicator: Indicator, _ progress: IndicatorProgress?) -> String {
        guard let latest = progress?.latest else { return t("ikke målt ennå", "not yet measured") }
        if let value = latest.value { return format.value(value, unit: indicator.unit) }
        return latest.note.isEmpty ? latest.date.formatted(language) : latest.note
    }

    /// One sentence on a disputed value or field.
    func divergenceSentence(_ result: DimensionResult) -> String {
        let name = model.dimension(id: result.dimensionID)?.name ?? result.dimensionID
        var text = "\(name) (\(t(result.kind.term).lowercased())): "
        text += t("\(format.score(result.spread ?? 0)) poeng mellom laveste og høyeste samarbeidspartner",
                  "\(format.score(result.spread ?? 0)) points between the lowest and the highest partner")
        if let gap = result.gap, gap > 0 {
            text += t(", og viktigheten ligger \(format.score(gap)) over opplevelsen",
                      ", and importance is \(format.score(gap)) above experience")
        }
        return text + "."
    }
}
