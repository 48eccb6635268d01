import SamskapCore

/// Section 1: one page for the reader in a hurry.
extension ReportBuilder {
    func buildSummary() {
        heading(1, t(ReportSection.summary.term))
        paragraph(summaryIntro())
        chart(.model, height: 250)

        heading(2, tr("Key indicators", in: language))
        let keyed = document.indicators.filter(\.isKey)
        let chosen = Array((keyed.isEmpty ? document.indicators.sorted { $0.level < $1.level } : keyed).prefix(6))
        if chosen.isEmpty {
            note(tr("The project has no indicators yet.", in: language))
        } else {
            let byID = Dictionary(progress.map { ($0.indicatorID, $0) }, uniquingKeysWith: { a, _ in a })
            table([Column(share: 0.44), Column(share: 0.19, align: .right), Column(share: 0.17, align: .right), Column(share: 0.20)],
                  header: [tr("Indicator", in: language), tr("Latest", in: language), tr("Target", in: language), tr("Status", in: language)],
                  rows: chosen.map { indicator in
                      let p = byID[indicator.id]
                      return [.text(indicator.name), .text(latestText(indicator, p)),
                              .text(indicator.target.value.map { format.value($0, unit: indicator.unit) } ?? "–"),
                              .status(p?.status ?? .noData)]
                  })
            let more = (keyed.isEmpty ? document.indicators.count : keyed.count) - chosen.count
            if more > 0 {
                note(trf("%1$s more indicators are listed in the results chapter.", in: language, "\(more)"))
            }
        }

        heading(2, tr("Largest divergences between the partners", in: language))
        let disputed = (charts.data.currentRound?.results.mostDisputed ?? []).filter { ($0.spread ?? 0) > 0 }.prefix(3)
        if disputed.isEmpty {
            note(tr("No assessment round has enough answers to show divergences yet.", in: language))
        } else {
            bullets(disputed.map(divergenceSentence))
        }
    }

    private func summaryIntro() -> String {
        let project = document.project
        var parts: [String] = []
        let place = project.municipality.map { trf(" in %1$s", in: language, "\($0.name)") } ?? ""
        parts.append(trf("“%1$s” is a co-creation project%2$s.", in: language, "\(project.name)", "\(place)"))
        let sectors = document.partnersBySector.count
        parts.append(trf("%1$s partners from %2$s sectors work together.", in: language, "\(document.partners.count)", "\(sectors)"))
        if let current = charts.data.currentRound {
            parts.append(trf("The model below shows the round “%1$s” (%2$s).", in: language, "\(current.round.label)", current.round.date.formatted(language)))
        }
        let onTrack = progress.filter { $0.status == .onTrack }.count
        let judged = progress.filter { $0.status == .onTrack || $0.status == .behind }.count
        if !document.indicators.isEmpty {
            parts.append(trf("%1$s of %2$s measured indicators are on track.", in: language, "\(onTrack)", "\(judged)"))
        }
        return parts.joined(separator: " ")
    }

    /// "latest value (date)" or the words for no measurement.
    func latestText(_ indicator: Indicator, _ progress: IndicatorProgress?) -> String {
        guard let latest = progress?.latest else { return tr("not yet measured", in: language) }
        if let value = latest.value { return format.value(value, unit: indicator.unit) }
        return latest.note.isEmpty ? latest.date.formatted(language) : latest.note
    }

    /// One sentence on a disputed value or field.
    func divergenceSentence(_ result: DimensionResult) -> String {
        let name = model.dimension(id: result.dimensionID)?.name ?? result.dimensionID
        var text = "\(name) (\(t(result.kind.term).lowercased())): "
        text += trf("%1$s points between the lowest and the highest partner", in: language, "\(format.score(result.spread ?? 0))")
        if let gap = result.gap, gap > 0 {
            text += trf(", and importance is %1$s above experience", in: language, "\(format.score(gap))")
        }
        return text + "."
    }
}
