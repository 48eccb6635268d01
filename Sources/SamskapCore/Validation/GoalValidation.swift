import FoundationEssentials

extension Goal {
    /// Checks a goal: it must say something.
    public func validationIssues() -> [ValidationIssue] {
        guard Wording.isBlank(text) else { return [] }
        return [.make(.error, .goalTextEmpty, "goal.text", id,
                      text: LocalizedText("The goal is empty. Write what you want to achieve together, or delete the goal."))]
    }
}

extension SubGoal {
    /// Checks a partner's sub-goal: it must say something.
    public func validationIssues() -> [ValidationIssue] {
        guard Wording.isBlank(text) else { return [] }
        return [.make(.error, .subGoalTextEmpty, "subGoal.text", id,
                      text: LocalizedText("The sub-goal is empty. Write what the partner wants to achieve, or delete the sub-goal."))]
    }
}
