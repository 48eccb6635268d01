import FoundationEssentials

extension Indicator {
    /// Checks an indicator: a name, a unit for numbers, dates in order, a target on the better side.
    public func validationIssues() -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        var nb: String { Wording.name(name, .nb) }
        var en: String { Wording.name(name, .en) }
        if Wording.isBlank(name) {
            issues.append(.make(.error, .indicatorNameEmpty, "indicator.name", id,
                                nb: "Indikatoren trenger et navn. Skriv hva som måles, for eksempel «Antall deltakere».",
                                en: "The indicator needs a name. Write what is measured, for example “Number of participants”."))
        }
        if kind == .quantitative, Wording.isBlank(unit), target.value != nil || baseline.value != nil {
            issues.append(.make(.error, .indicatorUnitMissing, "indicator.unit", id,
                                nb: "Indikatoren \(nb) har tall, men ingen enhet. Skriv hva tallene teller, for eksempel «deltakere» eller «%».",
                                en: "The indicator \(en) has numbers but no unit. Write what the numbers count, for example “participants” or “%”."))
        }
        if let b = baseline.date, let t = target.date, t < b {
            issues.append(.make(.error, .indicatorTargetDateBeforeBaseline, "indicator.target.date", id,
                                nb: "Måldatoen for \(nb) (\(t.formatted(.nb))) ligger før datoen for utgangspunktet (\(b.formatted(.nb))). Rett en av datoene.",
                                en: "The target date of \(en) (\(t.formatted(.en))) is before the baseline date (\(b.formatted(.en))). Correct one of the dates."))
        }
        if kind == .quantitative, let b = baseline.value, let t = target.value,
           direction == .higherIsBetter ? t < b : t > b {
            let wantNb = direction == .higherIsBetter ? "høyere" : "lavere", wantEn = direction == .higherIsBetter ? "higher" : "lower"
            issues.append(.make(.warning, .indicatorTargetOnWrongSide, "indicator.target.value", id,
                                nb: "Målverdien for \(nb) (\(Wording.number(t, .nb))) er dårligere enn utgangspunktet (\(Wording.number(b, .nb))) når \(wantNb) er bedre. Sjekk målverdien eller retningen.",
                                en: "The target of \(en) (\(Wording.number(t, .en))) is worse than the baseline (\(Wording.number(b, .en))) when \(wantEn) is better. Check the target or the direction."))
        }
        // Baseline and target share the measurements' axis, so they share their range too.
        for (point, field, whatNb, whatEn) in [(baseline, "indicator.baseline.value", "Utgangspunktet", "The baseline"),
                                               (target, "indicator.target.value", "Målverdien", "The target")] {
            guard let value = point.value, !Measurement.isUsable(value) else { continue }
            issues.append(.make(.error, .indicatorValueOutOfRange, field, id,
                                nb: "\(whatNb) for \(nb) er utenfor det en måling kan ha (fikk \(Wording.number(value, .nb))). Skriv et tall \(Measurement.rangeText(.nb)).",
                                en: "\(whatEn) of \(en) is outside what a measurement can hold (got \(Wording.number(value, .en))). Type a number \(Measurement.rangeText(.en))."))
        }
        if kind == .qualitative {
            for (point, field) in [(target, "indicator.target.value"), (baseline, "indicator.baseline.value")] {
                guard let value = point.value else { continue }
                issues.append(.make(.warning, .qualitativeIndicatorWithNumber, field, id,
                                    nb: "\(nb) er en kvalitativ indikator, men har tallet \(Wording.number(value, .nb)). Beskriv utgangspunkt og mål med ord, eller gjør indikatoren kvantitativ.",
                                    en: "\(en) is a qualitative indicator but has the number \(Wording.number(value, .en)). Describe baseline and target in words, or make the indicator quantitative."))
            }
        }
        return issues
    }
}
