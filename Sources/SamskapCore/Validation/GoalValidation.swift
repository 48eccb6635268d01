import FoundationEssentials

extension Goal {
    /// Checks a goal: it must say something.
    public func validationIssues() -> [ValidationIssue] {
        guard Wording.isBlank(text) else { return [] }
        return [.make(.error, .goalTextEmpty, "goal.text", id,
                      nb: "Målet er tomt. Skriv hva dere vil oppnå sammen, eller slett målet.",
                      en: "The goal is empty. Write what you want to achieve together, or delete the goal.")]
    }
}

extension SubGoal {
    /// Checks a partner's sub-goal: it must say something.
    public func validationIssues() -> [ValidationIssue] {
        guard Wording.isBlank(text) else { return [] }
        return [.make(.error, .subGoalTextEmpty, "subGoal.text", id,
                      nb: "Delmålet er tomt. Skriv hva samarbeidspartneren vil oppnå, eller slett delmålet.",
                      en: "The sub-goal is empty. Write what the partner wants to achieve, or delete the sub-goal.")]
    }
}
