/// The kinds of record a merge brings over, in the order their edits are applied so that references resolve:
/// partners before sub-goals, indicators and respondents; indicators before measurements and evaluations;
/// rounds before respondents before answers.
public enum MergeKind: String, CaseIterable, Comparable, Sendable {
    case partners, goals, subGoals, indicators, measurements, evaluations, rounds, respondents, answers, targetGroups,
         activities, resultLinks

    /// "1 vurderingsrunde", "264 svar": the count with the noun in the right number.
    public func counted(_ count: Int, _ language: Language) -> String {
        switch self {
        case .partners: trn("%1$s partner", "%1$s partners", count, in: language)
        case .goals: trn("%1$s overall goal", "%1$s overall goals", count, in: language)
        case .subGoals: trn("%1$s sub-goal", "%1$s sub-goals", count, in: language)
        case .indicators: trn("%1$s indicator", "%1$s indicators", count, in: language)
        case .measurements: trn("%1$s measurement", "%1$s measurements", count, in: language)
        case .evaluations: trn("%1$s evaluation entry", "%1$s evaluation entries", count, in: language)
        case .rounds: trn("%1$s assessment round", "%1$s assessment rounds", count, in: language)
        case .respondents: trn("%1$s respondent", "%1$s respondents", count, in: language)
        case .answers: trn("%1$s answer", "%1$s answers", count, in: language)
        case .targetGroups: trn("%1$s target group", "%1$s target groups", count, in: language)
        case .activities: trn("%1$s activity", "%1$s activities", count, in: language)
        case .resultLinks: trn("%1$s theory-of-change link", "%1$s theory-of-change links", count, in: language)
        }
    }

    private var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.order < rhs.order }
}
