import SamskapCore

/// Section 6: the evaluation log, oldest first, negative experiences included.
extension ReportBuilder {
    func buildEvaluation() {
        heading(1, t(ReportSection.evaluation.term))
        let entries = document.evaluations.sorted { $0.date < $1.date }
        guard !entries.isEmpty else {
            note(tr("The evaluation log is still empty.", in: language))
            return
        }
        paragraph(tr("Here is what the partners have learned, what they adjusted and what went wrong. What did not work belongs here too.", in: language))
        for entry in entries {
            heading(3, entry.date.formatted(language))
            var pairs: [(String, String)] = []
            if !entry.learned.isEmpty { pairs.append((tr("What we learned", in: language), entry.learned)) }
            if !entry.adjusted.isEmpty { pairs.append((tr("What we adjust", in: language), entry.adjusted)) }
            if !entry.wentWrong.isEmpty { pairs.append((tr("What went wrong", in: language), entry.wentWrong)) }
            let names = entry.indicatorIDs.compactMap { document.indicator($0)?.name }
            if !names.isEmpty { pairs.append((tr("Concerns", in: language), names.joined(separator: "\n"))) }
            if pairs.isEmpty { note(tr("Empty entry.", in: language)) } else { keyValues(pairs, keyShare: 0.24) }
        }
    }
}
