import SamskapCore

/// The method note's account of the workshop: its agenda in order and what a short round is, so a reader knows how the
/// figures shown in the room were made.
extension ReportBuilder {
    func buildWorkshopMethod() {
        guard let agenda = document.workshop, !agenda.screens.isEmpty else { return }
        heading(2, tr("The workshop", in: language))
        let names = agenda.screens.map { $0.kind.name(language) }
        paragraph(trf("The workshop’s agenda had %1$s screens, in this order: %2$s. A round’s results were shown only when the coordinator chose to, and the anonymity threshold applied to each group.", in: language, "\(names.count)", "\(names.joined(separator: ", "))"))
        if agenda.screens.contains(where: { $0.kind == .rating && $0.isShortRound }) {
            paragraph(tr("A short round asks one statement per action field and value (11 instead of 44). Its scores for fields and values compare with full rounds but rest on fewer statements; the charts say which kind of round they show.", in: language))
        }
    }
}
