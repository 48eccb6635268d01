import FoundationEssentials

extension ProjectDocument {
    /// Runs every check on every record, for `samskap check` and import: the project, partners, goals,
    /// indicators, measurements, rounds, respondents and answers, and the links between them.
    ///
    /// Issues come in that order, each record's issues together.
    public func validate(model: ModelContent, today: Day = .today()) -> [ValidationIssue] {
        var issues = project.validationIssues()
        for p in partners { issues += p.validationIssues() }
        for g in goals { issues += g.validationIssues() }
        for s in subGoals { issues += s.validationIssues() }
        var indicatorsByID: [UUID: Indicator] = [:]
        for i in indicators {
            issues += i.validationIssues()
            indicatorsByID[i.id] = i
        }
        for m in measurements {
            if let indicator = indicatorsByID[m.indicatorID] {
                issues += m.validationIssues(indicator: indicator, period: project.period, today: today)
            }
        }
        for r in rounds { issues += r.validationIssues() }
        for r in respondents { issues += r.validationIssues() }
        // Statement ids are looked up once here; per answer the model would rebuild its index every time.
        let statements = Set(model.allDimensions.flatMap { $0.statements.map(\.id) })
        for a in answers { issues += a.validationIssues(statementIsKnown: statements.contains(a.statementID)) }
        issues += referenceIssues()
        return issues
    }

    /// How many errors and warnings `validate` finds, for a summary line.
    public func validationSummary(model: ModelContent, today: Day = .today()) -> (errors: Int, warnings: Int) {
        let issues = validate(model: model, today: today)
        let errors = issues.filter { $0.severity == .error }.count
        return (errors, issues.count - errors)
    }
}
