import FoundationEssentials

extension ProjectDocument {
    /// Every piece of advice on the plan as it stands on `today`, in the order of the checks.
    public func planChecks(today: Day) -> [PlanAdvice] {
        planChecks(today: today, chain: TheoryOfChange(self))
    }

    /// The advice, with the theory of change already worked out.
    public func planChecks(today: Day, chain: TheoryOfChange) -> [PlanAdvice] {
        var advice: [PlanAdvice] = []
        if !indicators.isEmpty, indicators.allSatisfy({ $0.level == .output }) {
            advice.append(PlanCheckTexts.onlyOutputIndicators())
        }
        let partnerIDs = Set(partners.map(\.id))
        for indicator in indicators {
            var missing: [PlanCheckTexts.Missing] = []
            if indicator.baseline.value == nil, indicator.kind == .quantitative { missing.append(.baseline) }
            if indicator.unit.trimmed().isEmpty, indicator.kind == .quantitative { missing.append(.unit) }
            if indicator.responsiblePartnerID.map({ !partnerIDs.contains($0) }) ?? true { missing.append(.responsible) }
            if !missing.isEmpty { advice.append(PlanCheckTexts.indicatorIncomplete(indicator, missing)) }
        }
        for indicator in indicators where indicator.level == .outcome && !chain.reachedFromActivities.contains(indicator.id) {
            advice.append(PlanCheckTexts.outcomeWithoutActivity(indicator))
        }
        if let midpoint = project.period.midpoint, today > midpoint {
            for edge in chain.unsupported where (edge.link.since ?? project.period.start ?? today) <= midpoint {
                advice.append(PlanCheckTexts.staleAssumption(edge.link, names: recordNames))
            }
        }
        if !partners.isEmpty {
            let directions = Set(partners.flatMap { $0.anchorPoints.map(\.direction) })
            for direction in [AnchorDirection.up, .back] where !directions.contains(direction) {
                advice.append(PlanCheckTexts.missingAnchor(direction))
            }
        }
        let halfYearAgo = today.adding(days: -183)
        for partner in partners {
            for point in partner.anchorPoints {
                if let renewed = point.renewed, renewed < halfYearAgo {
                    advice.append(PlanCheckTexts.anchorNotRenewed(point, partner: partner.name))
                }
            }
        }
        let done = impactSteps.filter(\.isDone).map(\.kind.rawValue)
        if let lastDone = done.max() {
            for kind in ImpactStepKind.allCases where kind.rawValue < lastDone && !isBegun(kind) {
                advice.append(PlanCheckTexts.stepSkipped(kind, laterDone: ImpactStepKind(rawValue: lastDone)!))
            }
        }
        if project.cell?.depth == .noActivity { advice.append(PlanCheckTexts.cellWithoutActivity(activity: nil)) }
        for activity in project.activities where activity.cell?.depth == .noActivity {
            advice.append(PlanCheckTexts.cellWithoutActivity(activity: activity))
        }
        return advice
    }

    /// Whether anything has been written for a step: steps 1 to 4 hold their facts elsewhere (the problem, the goals,
    /// the target groups, the activities); the others hold a text of their own.
    public func isBegun(_ kind: ImpactStepKind) -> Bool {
        let step = impactSteps.first { $0.kind == kind }
        if step?.isDone == true || !(step?.content.trimmed().isEmpty ?? true) { return true }
        switch kind {
        case .problem: return !project.problem.trimmed().isEmpty
        case .goals: return !goals.isEmpty
        case .targetGroups: return !project.targetGroups.isEmpty
        case .activities: return !project.activities.isEmpty || !project.theoryOfChange.trimmed().isEmpty
        case .indicators: return !indicators.isEmpty
        default: return false
        }
    }

    /// The name of an activity or indicator by id, for messages.
    public func recordNames(_ id: UUID) -> String {
        project.activities.first { $0.id == id }?.name ?? indicators.first { $0.id == id }?.name ?? "?"
    }
}

extension Period {
    /// The day halfway through, when both ends are set.
    public var midpoint: Day? {
        guard let start, let end, end >= start else { return nil }
        return Day(ordinal: (start.ordinal + end.ordinal) / 2)
    }
}
