import FoundationEssentials

/// What each plan check says, in one place so that the texts can move to the gettext catalogue together.
/// Each names what was found and the next thing to do, in the words the window uses.
enum PlanCheckTexts {
    enum Missing { case baseline, unit, responsible }

    static func onlyOutputIndicators() -> PlanAdvice {
        PlanAdvice(kind: .onlyOutputIndicators,
                   finding: LocalizedText("Every indicator measures output; none measures outcome or impact."),
                   nextStep: LocalizedText("Add at least one indicator at the Outcome level under Impact › Indicators."))
    }

    static func indicatorIncomplete(_ indicator: Indicator, _ missing: [Missing]) -> PlanAdvice {
        let indicatorName = indicator.name
        return PlanAdvice(kind: .indicatorIncomplete, subjectID: indicator.id,
                          finding: LocalizedText("“%1$s” has no %2$s.") { language in
                              let names = missing.map { m -> String in
                                  switch m {
                                  case .baseline: trc("missing in an indicator", "baseline", in: language)
                                  case .unit: trc("missing in an indicator", "unit", in: language)
                                  case .responsible: trc("missing in an indicator", "responsible partner", in: language)
                                  }
                              }
                              return [indicatorName, list(names, trc("the last of the missing things", "or", in: language))]
                          },
                          nextStep: LocalizedText("Open the indicator and fill in what is missing."))
    }

    static func outcomeWithoutActivity(_ indicator: Indicator) -> PlanAdvice {
        PlanAdvice(kind: .outcomeWithoutActivity, subjectID: indicator.id,
                   finding: LocalizedText("No activity leads to the outcome “%1$s”.", "\(indicator.name)"),
                   nextStep: LocalizedText("Link an activity or an output to it in step 4, the theory of change."))
    }

    static func staleAssumption(_ link: ResultLink, names: (UUID) -> String) -> PlanAdvice {
        PlanAdvice(kind: .staleAssumption, subjectID: link.id,
                   finding: LocalizedText("That “%1$s” leads to “%2$s” is still an assumption, and over half the project period has passed.", "\(names(link.from))", "\(names(link.to))"),
                   nextStep: LocalizedText("Find experience or research that supports the link, or change the plan in the evaluation log."))
    }

    static func missingAnchor(_ direction: AnchorDirection) -> PlanAdvice {
        PlanAdvice(kind: .missingAnchorDirection,
                   finding: direction == .up
                       ? LocalizedText("No partner has an anchor point upwards (mooring in leadership, decisions and budgets).")
                       : LocalizedText("No partner has an anchor point backwards (in the support functions of one’s own organisation)."),
                   nextStep: LocalizedText("Add an anchor point in the direction %1$s to a partner.") { language in
                       [direction.term.text(language).lowercased()]
                   })
    }

    static func anchorNotRenewed(_ point: AnchorPoint, partner: String) -> PlanAdvice {
        PlanAdvice(kind: .anchorNotRenewed, subjectID: point.id,
                   finding: LocalizedText("The anchor point “%1$s” with %2$s has not been renewed for more than six months.", "\(point.text)", "\(partner)"),
                   nextStep: LocalizedText("Talk to the people it concerns and give the anchor point a new date."))
    }

    static func stepSkipped(_ kind: ImpactStepKind, laterDone: ImpactStepKind) -> PlanAdvice {
        PlanAdvice(kind: .stepSkipped,
                   finding: LocalizedText("Step %1$s, “%2$s”, is not begun, but step %3$s is done.") { language in
                       ["\(kind.rawValue)", kind.term.text(language), "\(laterDone.rawValue)"]
                   },
                   nextStep: LocalizedText("Go back to step %1$s under Impact; the later steps build on it.", "\(kind.rawValue)"))
    }

    static func cellWithoutActivity(activity: Activity?) -> PlanAdvice {
        PlanAdvice(kind: .cellWithoutActivity, subjectID: activity?.id,
                   finding: activity.map {
                       LocalizedText("The activity “%1$s” is placed where civil society plans and professionals deliver; figure 2 has no activity there.", "\($0.name)")
                   } ?? LocalizedText("The project is placed where civil society plans and professionals deliver; figure 2 has no activity there."),
                   nextStep: activity == nil
                       ? LocalizedText("Choose on the Overview who plans and who delivers the project.")
                       : LocalizedText("Choose under Impact › step 4 who plans and who delivers the activity."))
    }

    /// "a, b og c".
    private static func list(_ items: [String], _ and: String) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " \(and) " + items.last!
    }
}
