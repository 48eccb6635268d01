import FoundationEssentials
import SamskapCore

/// The words the charts and the report print about the plan (inputs, links, target history, plan checks), in one
/// place so that they can move to the gettext catalogue together.
enum PlanChartStrings {
    /// "Språkkafé · 200 t · 25 000 kr · 1 lokale": an activity with what goes into it.
    static func activityWithInputs(_ activity: Activity, _ language: Language) -> String {
        var totals: [InputKind: Double] = [:]
        for input in activity.inputs where input.kind != .other { totals[input.kind, default: 0] += input.amount ?? 0 }
        let parts = [InputKind.hours, .money, .rooms].compactMap { kind -> String? in
            guard let total = totals[kind], total > 0 else { return nil }
            let n = NumberText.grouped(total.rounded(), language)
            switch kind {
            case .hours: return trf("%1$s h", in: language, "\(n)")
            case .money: return trf("NOK %1$s", in: language, "\(n)")
            default: return trf("%1$s rooms", in: language, "\(n)")
            }
        }
        return ([activity.name] + parts).joined(separator: " · ")
    }

    static let targetOverTime = LocalizedText("Target over time")
    static let chainHeading = LocalizedText("The theory of change")
    static let chainIntro = LocalizedText("Each link says why we believe one step leads to the next.")
    static let noLinks = LocalizedText("No links in the theory of change yet. Add them in step 4 under Impact.")
    static let from = LocalizedText("From")
    static let to = LocalizedText("To")
    static let grounds = LocalizedText("Grounds")
    static let note = LocalizedText("Note")
    static let unsupportedHeading = LocalizedText("Assumptions not yet supported")
    static let noUnsupported = LocalizedText("Every link is supported by experience or research.")
    static let historyHeading = LocalizedText("Changed targets")
    static let changedOn = LocalizedText("Changed")
    static let earlier = LocalizedText("Before")
    static let reason = LocalizedText("Reason")
    static let planChecksHeading = LocalizedText("Advice on the plan")
    static let planChecksIntro = LocalizedText("The advice stops nothing; it points to gaps worth a look.")
    static let noPlanAdvice = LocalizedText("No advice: the plan holds together.")
}
