import FoundationEssentials

/// One stretch of time during which an indicator had one target.
public struct TargetStep: Equatable, Sendable {
    /// First day the target held; nil from the start.
    public var from: Day?
    /// The target value then.
    public var value: Double?
    /// The date the target was meant to be reached by.
    public var date: Day?

    /// Creates a step.
    public init(from: Day?, value: Double?, date: Day?) {
        self.from = from
        self.value = value
        self.date = date
    }
}

extension Indicator {
    /// Whether `edited` changes what this indicator has promised (a set target, its date, the definition or the method),
    /// so that the change needs a reason and keeps the earlier values. Filling in what was empty is planning, not a change.
    public func needsReason(for edited: Indicator) -> Bool {
        let targetChanged = target != edited.target && (target.value != nil || target.date != nil)
        let nameChanged = name.trimmed() != edited.name.trimmed() && !name.trimmed().isEmpty
        let methodChanged = method.trimmed() != edited.method.trimmed() && !method.trimmed().isEmpty
        return targetChanged || nameChanged || methodChanged
    }

    /// `edited`, with this indicator's target, definition and method kept in its history as changed on `day` for `reason`.
    /// Typing a new target goes through several values (3, then 35): further edits the same day for the same reason
    /// belong to the change already recorded, which keeps the values from before it.
    public func revised(to edited: Indicator, on day: Day, reason: String) -> Indicator {
        var result = edited
        let reason = reason.trimmed()
        if let last = targetHistory.last, last.changedOn == day, last.reason == reason { return result }
        result.targetHistory = targetHistory + [TargetRevision(changedOn: day, reason: reason, target: target,
                                                               name: name, method: method)]
        return result
    }

    /// The targets over time, oldest first: each earlier target until the day it changed, then the current one.
    /// A chart draws them as a step line.
    public var targetSteps: [TargetStep] {
        var steps: [TargetStep] = []
        var from: Day?
        for revision in targetHistory {
            steps.append(TargetStep(from: from, value: revision.target.value, date: revision.target.date))
            from = revision.changedOn
        }
        steps.append(TargetStep(from: from, value: target.value, date: target.date))
        return steps
    }

    /// The target value in force on `day`: the one a later change replaced, or today's.
    public func targetValue(on day: Day) -> Double? {
        targetSteps.last { step in step.from.map { $0 <= day } ?? true }?.value
    }
}
