/// The kinds of record a merge brings over, in the order their edits are applied so that references resolve:
/// partners before sub-goals, indicators and respondents; indicators before measurements and evaluations;
/// rounds before respondents before answers.
public enum MergeKind: String, CaseIterable, Comparable, Sendable {
    case partners, goals, subGoals, indicators, measurements, evaluations, rounds, respondents, answers, targetGroups,
         activities, resultLinks

    /// "1 vurderingsrunde", "264 svar": the count with the noun in the right number.
    public func counted(_ count: Int, _ language: Language) -> String {
        "\(count) \(count == 1 ? singular.text(language) : plural.text(language))"
    }

    private var singular: LocalizedText {
        switch self {
        case .partners: LocalizedText(nb: "samarbeidspartner", en: "partner")
        case .goals: LocalizedText(nb: "overordnet mål", en: "overall goal")
        case .subGoals: LocalizedText(nb: "delmål", en: "sub-goal")
        case .indicators: LocalizedText(nb: "indikator", en: "indicator")
        case .measurements: LocalizedText(nb: "måling", en: "measurement")
        case .evaluations: LocalizedText(nb: "evaluering", en: "evaluation entry")
        case .rounds: LocalizedText(nb: "vurderingsrunde", en: "assessment round")
        case .respondents: LocalizedText(nb: "respondent", en: "respondent")
        case .answers: LocalizedText(nb: "svar", en: "answer")
        case .targetGroups, .activities, .resultLinks: PlanTexts.mergeKind(self, plural: false)
        }
    }

    private var plural: LocalizedText {
        switch self {
        case .partners: LocalizedText(nb: "samarbeidspartnere", en: "partners")
        case .goals: LocalizedText(nb: "overordnede mål", en: "overall goals")
        case .subGoals: LocalizedText(nb: "delmål", en: "sub-goals")
        case .indicators: LocalizedText(nb: "indikatorer", en: "indicators")
        case .measurements: LocalizedText(nb: "målinger", en: "measurements")
        case .evaluations: LocalizedText(nb: "evalueringer", en: "evaluation entries")
        case .rounds: LocalizedText(nb: "vurderingsrunder", en: "assessment rounds")
        case .respondents: LocalizedText(nb: "respondenter", en: "respondents")
        case .answers: LocalizedText(nb: "svar", en: "answers")
        case .targetGroups, .activities, .resultLinks: PlanTexts.mergeKind(self, plural: true)
        }
    }

    private var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.order < rhs.order }
}
