/// SoImpact's ten steps, in order.
public enum ImpactStepKind: Int, CaseIterable, Codable, Hashable, Sendable {
    case problem = 1, goals, targetGroups, activities, indicators, methods, targets, baseline, measurements, evaluation

    /// The step's name.
    public var term: LocalizedText {
        switch self {
        case .problem: LocalizedText(nb: "Beskriv samfunnsproblemet", en: "Describe the social problem")
        case .goals: LocalizedText(nb: "Sett overordnede mål", en: "Set overall goals")
        case .targetGroups: LocalizedText(nb: "Analyser målgruppene", en: "Analyse the target groups")
        case .activities: LocalizedText(nb: "Beskriv aktiviteter og endringsteori", en: "Describe activities and theory of change")
        case .indicators: LocalizedText(nb: "Definer indikatorer", en: "Define indicators")
        case .methods: LocalizedText(nb: "Velg målemetoder", en: "Choose measurement methods")
        case .targets: LocalizedText(nb: "Sett målverdier", en: "Set target values")
        case .baseline: LocalizedText(nb: "Mål utgangspunktet", en: "Measure the baseline")
        case .measurements: LocalizedText(nb: "Mål jevnlig", en: "Measure regularly")
        case .evaluation: LocalizedText(nb: "Evaluer og juster", en: "Evaluate and adjust")
        }
    }
}

/// What the project has written for one of the ten steps, and whether the step is done.
public struct ImpactStep: Codable, Equatable, Hashable, Sendable {
    /// Which step.
    public var kind: ImpactStepKind
    /// The partners' text for the step.
    public var content: String
    /// Marked done by the coordinator.
    public var isDone: Bool

    /// Creates a step entry.
    public init(kind: ImpactStepKind, content: String = "", isDone: Bool = false) {
        self.kind = kind
        self.content = content
        self.isDone = isDone
    }
}
