import FoundationEssentials

extension Indicator {
    /// Checks an indicator: a name, a unit for numbers, dates in order, a target on the better side.
    public func validationIssues() -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        if Wording.isBlank(name) {
            issues.append(.make(.error, .indicatorNameEmpty, "indicator.name", id,
                                text: LocalizedText("The indicator needs a name. Write what is measured, for example “Number of participants”.")))
        }
        if kind == .quantitative, Wording.isBlank(unit), target.value != nil || baseline.value != nil {
            issues.append(.make(.error, .indicatorUnitMissing, "indicator.unit", id,
                                text: LocalizedText("The indicator %1$s has numbers but no unit. Write what the numbers count, for example “participants” or “%%”.") { language in [Wording.name(name, language)] }))
        }
        if let b = baseline.date, let t = target.date, t < b {
            issues.append(.make(.error, .indicatorTargetDateBeforeBaseline, "indicator.target.date", id,
                                text: LocalizedText("The target date of %1$s (%2$s) is before the baseline date (%3$s). Correct one of the dates.") { language in [Wording.name(name, language), t.formatted(language), b.formatted(language)] }))
        }
        if kind == .quantitative, let b = baseline.value, let t = target.value,
           direction == .higherIsBetter ? t < b : t > b {
            let want = direction == .higherIsBetter ? LocalizedText("higher") : LocalizedText("lower")
            issues.append(.make(.warning, .indicatorTargetOnWrongSide, "indicator.target.value", id,
                                text: LocalizedText("The target of %1$s (%2$s) is worse than the baseline (%3$s) when %4$s is better. Check the target or the direction.") { language in [Wording.name(name, language), Wording.number(t, language), Wording.number(b, language), want.text(language)] }))
        }
        // Baseline and target share the measurements' axis, so they share their range too.
        for (point, field, what) in [(baseline, "indicator.baseline.value", LocalizedText("The baseline")),
                                      (target, "indicator.target.value", LocalizedText("The target"))] {
            guard let value = point.value, !Measurement.isUsable(value) else { continue }
            issues.append(.make(.error, .indicatorValueOutOfRange, field, id,
                                text: LocalizedText("%1$s of %2$s is outside what a measurement can hold (got %3$s). Type a number %4$s.") { language in [what.text(language), Wording.name(name, language), Wording.number(value, language), Measurement.rangeText(language)] }))
        }
        if kind == .qualitative {
            for (point, field) in [(target, "indicator.target.value"), (baseline, "indicator.baseline.value")] {
                guard let value = point.value else { continue }
                issues.append(.make(.warning, .qualitativeIndicatorWithNumber, field, id,
                                    text: LocalizedText("%1$s is a qualitative indicator but has the number %2$s. Describe baseline and target in words, or make the indicator quantitative.") { language in [Wording.name(name, language), Wording.number(value, language)] }))
            }
        }
        return issues
    }
}
