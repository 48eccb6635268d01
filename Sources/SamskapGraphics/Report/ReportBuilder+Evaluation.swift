import SamskapCore

/// Section 6: the evaluation log, oldest first, negative experiences included.
extension ReportBuilder {
    func buildEvaluation() {
        heading(1, t(ReportSection.evaluation.term))
        let entries = document.evaluations.sorted { $0.date < $1.date }
        guard !entries.isEmpty else {
            note(t("Evalueringsloggen er tom ennå.", "The evaluation log is still empty."))
            return
        }
        paragraph(t("Her står det samarbeidspartnerne har lært, det de har justert, og det som gikk galt. Også det som ikke virket, hører med.",
                    "Here is what the partners have learned, what they adjusted and what went wrong. What did not work belongs here too."))
        for entry in entries {
            heading(3, entry.date.formatted(language))
            var pairs: [(String, String)] = []
            if !entry.learned.isEmpty { pairs.append((t("Hva vi lærte", "What we learned"), entry.learned)) }
            if !entry.adjusted.isEmpty { pairs.append((t("Hva vi justerer", "What we adjust"), entry.adjusted)) }
            if !entry.wentWrong.isEmpty { pairs.append((t("Hva som gikk galt", "What went wrong"), entry.wentWrong)) }
            let names = entry.indicatorIDs.compactMap { document.indicator($0)?.name }
            if !names.isEmpty { pairs.append((t("Gjelder", "Concerns"), names.joined(separator: "\n"))) }
            if pairs.isEmpty { note(t("Tom oppføring.", "Empty entry.")) } else { keyValues(pairs, keyShare: 0.24) }
        }
    }
}
