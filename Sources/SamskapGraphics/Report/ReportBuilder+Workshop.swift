import SamskapCore

/// The method note's account of the workshop: its agenda in order and what a short round is, so a reader knows how the
/// figures shown in the room were made.
extension ReportBuilder {
    func buildWorkshopMethod() {
        guard let agenda = document.workshop, !agenda.screens.isEmpty else { return }
        heading(2, t("Verkstedet", "The workshop"))
        let names = agenda.screens.map { $0.kind.name(language) }
        paragraph(t("Verkstedets agenda hadde \(names.count) skjermer, i denne rekkefølgen: \(names.joined(separator: ", ")). Resultatene av en runde ble vist først når koordinatoren valgte det, og terskelen for anonymitet gjaldt for hver gruppe.",
                    "The workshop’s agenda had \(names.count) screens, in this order: \(names.joined(separator: ", ")). A round’s results were shown only when the coordinator chose to, and the anonymity threshold applied to each group."))
        if agenda.screens.contains(where: { $0.kind == .rating && $0.isShortRound }) {
            paragraph(t("En kort runde stiller én påstand per handlingsfelt og verdi (11 i stedet for 44). Skårene for felt og verdier kan sammenlignes med fulle runder, men bygger på færre påstander; figurene sier hvilken type runde de viser.",
                        "A short round asks one statement per action field and value (11 instead of 44). Its scores for fields and values compare with full rounds but rest on fewer statements; the charts say which kind of round they show."))
        }
    }
}
