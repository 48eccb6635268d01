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
            case .hours: return language == .nb ? "\(n) t" : "\(n) h"
            case .money: return language == .nb ? "\(n) kr" : "NOK \(n)"
            default: return language == .nb ? "\(n) lokaler" : "\(n) rooms"
            }
        }
        return ([activity.name] + parts).joined(separator: " · ")
    }

    static let targetOverTime = LocalizedText(nb: "Mål over tid", en: "Target over time")
    static let chainHeading = LocalizedText(nb: "Endringsteorien", en: "The theory of change")
    static let chainIntro = LocalizedText(nb: "Hver kobling sier hvorfor vi tror ett ledd fører til det neste.",
                                          en: "Each link says why we believe one step leads to the next.")
    static let noLinks = LocalizedText(nb: "Ingen koblinger i endringsteorien ennå. Legg dem til i trinn 4 under Effekt.",
                                       en: "No links in the theory of change yet. Add them in step 4 under Impact.")
    static let from = LocalizedText(nb: "Fra", en: "From")
    static let to = LocalizedText(nb: "Til", en: "To")
    static let grounds = LocalizedText(nb: "Grunnlag", en: "Grounds")
    static let note = LocalizedText(nb: "Merknad", en: "Note")
    static let unsupportedHeading = LocalizedText(nb: "Antakelser uten støtte ennå", en: "Assumptions not yet supported")
    static let noUnsupported = LocalizedText(nb: "Alle koblingene er støttet av erfaring eller forskning.",
                                             en: "Every link is supported by experience or research.")
    static let historyHeading = LocalizedText(nb: "Endrede mål", en: "Changed targets")
    static let changedOn = LocalizedText(nb: "Endret", en: "Changed")
    static let earlier = LocalizedText(nb: "Før", en: "Before")
    static let reason = LocalizedText(nb: "Begrunnelse", en: "Reason")
    static let planChecksHeading = LocalizedText(nb: "Råd om planen", en: "Advice on the plan")
    static let planChecksIntro = LocalizedText(nb: "Rådene stopper ingenting; de peker på hull som er verdt å se på.",
                                               en: "The advice stops nothing; it points to gaps worth a look.")
    static let noPlanAdvice = LocalizedText(nb: "Ingen råd: planen henger sammen.", en: "No advice: the plan holds together.")
}
