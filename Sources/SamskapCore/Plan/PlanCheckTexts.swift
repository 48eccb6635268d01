import FoundationEssentials

/// What each plan check says, in one place so that the texts can move to the gettext catalogue together.
/// Each names what was found and the next thing to do, in the words the window uses.
enum PlanCheckTexts {
    enum Missing { case baseline, unit, responsible }

    static func onlyOutputIndicators() -> PlanAdvice {
        PlanAdvice(kind: .onlyOutputIndicators,
                   finding: LocalizedText(nb: "Alle indikatorene måler resultater; ingen måler virkning eller effekt.",
                                          en: "Every indicator measures output; none measures outcome or impact."),
                   nextStep: LocalizedText(nb: "Legg til minst én indikator på nivået Virkning under Effekt › Indikatorer.",
                                           en: "Add at least one indicator at the Outcome level under Impact › Indicators."))
    }

    static func indicatorIncomplete(_ indicator: Indicator, _ missing: [Missing]) -> PlanAdvice {
        let nb = missing.map { m -> String in
            switch m { case .baseline: "utgangsverdi"; case .unit: "enhet"; case .responsible: "ansvarlig samarbeidspartner" }
        }
        let en = missing.map { m -> String in
            switch m { case .baseline: "baseline"; case .unit: "unit"; case .responsible: "responsible partner" }
        }
        return PlanAdvice(kind: .indicatorIncomplete, subjectID: indicator.id,
                          finding: LocalizedText(nb: "«\(indicator.name)» mangler \(list(nb, "og")).",
                                                 en: "“\(indicator.name)” has no \(list(en, "or"))."),
                          nextStep: LocalizedText(nb: "Åpne indikatoren og fyll inn det som mangler.",
                                                  en: "Open the indicator and fill in what is missing."))
    }

    static func outcomeWithoutActivity(_ indicator: Indicator) -> PlanAdvice {
        PlanAdvice(kind: .outcomeWithoutActivity, subjectID: indicator.id,
                   finding: LocalizedText(nb: "Ingen aktivitet fører til virkningen «\(indicator.name)».",
                                          en: "No activity leads to the outcome “\(indicator.name)”."),
                   nextStep: LocalizedText(nb: "Koble en aktivitet eller et resultat til den under trinn 4, endringsteorien.",
                                           en: "Link an activity or an output to it in step 4, the theory of change."))
    }

    static func staleAssumption(_ link: ResultLink, names: (UUID) -> String) -> PlanAdvice {
        PlanAdvice(kind: .staleAssumption, subjectID: link.id,
                   finding: LocalizedText(nb: "At «\(names(link.from))» fører til «\(names(link.to))» er fortsatt en antakelse, og over halve prosjektperioden er gått.",
                                          en: "That “\(names(link.from))” leads to “\(names(link.to))” is still an assumption, and over half the project period has passed."),
                   nextStep: LocalizedText(nb: "Finn erfaring eller forskning som støtter koblingen, eller endre planen i evalueringsloggen.",
                                           en: "Find experience or research that supports the link, or change the plan in the evaluation log."))
    }

    static func missingAnchor(_ direction: AnchorDirection) -> PlanAdvice {
        let nb = direction == .up ? "oppover (fortøyning i ledelse, vedtak og budsjett)" : "bakover (i støttefunksjonene i egen organisasjon)"
        let en = direction == .up ? "upwards (mooring in leadership, decisions and budgets)" : "backwards (in the support functions of one’s own organisation)"
        return PlanAdvice(kind: .missingAnchorDirection,
                          finding: LocalizedText(nb: "Ingen samarbeidspartner har et forankringspunkt \(nb).",
                                                 en: "No partner has an anchor point \(en)."),
                          nextStep: LocalizedText(nb: "Legg til et forankringspunkt i retningen \(direction.term.nb.lowercased()) hos en samarbeidspartner.",
                                                  en: "Add an anchor point in the direction \(direction.term.en.lowercased()) to a partner."))
    }

    static func anchorNotRenewed(_ point: AnchorPoint, partner: String) -> PlanAdvice {
        PlanAdvice(kind: .anchorNotRenewed, subjectID: point.id,
                   finding: LocalizedText(nb: "Forankringspunktet «\(point.text)» hos \(partner) er ikke fornyet på over et halvt år.",
                                          en: "The anchor point “\(point.text)” with \(partner) has not been renewed for more than six months."),
                   nextStep: LocalizedText(nb: "Snakk med dem det gjelder, og sett ny dato på forankringspunktet.",
                                           en: "Talk to the people it concerns and give the anchor point a new date."))
    }

    static func stepSkipped(_ kind: ImpactStepKind, laterDone: ImpactStepKind) -> PlanAdvice {
        PlanAdvice(kind: .stepSkipped,
                   finding: LocalizedText(nb: "Trinn \(kind.rawValue), «\(kind.term.nb)», er ikke påbegynt, men trinn \(laterDone.rawValue) er ferdig.",
                                          en: "Step \(kind.rawValue), “\(kind.term.en)”, is not begun, but step \(laterDone.rawValue) is done."),
                   nextStep: LocalizedText(nb: "Gå tilbake til trinn \(kind.rawValue) under Effekt; de senere trinnene bygger på det.",
                                           en: "Go back to step \(kind.rawValue) under Impact; the later steps build on it."))
    }

    /// "a, b og c".
    private static func list(_ items: [String], _ and: String) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " \(and) " + items.last!
    }
}
