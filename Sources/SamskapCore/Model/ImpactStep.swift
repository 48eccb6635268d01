/// SoImpact's ten steps, in order.
public enum ImpactStepKind: Int, CaseIterable, Codable, Hashable, Sendable {
    case problem = 1, goals, targetGroups, activities, indicators, methods, targets, baseline, measurements, evaluation

    /// The step's name.
    public var term: LocalizedText {
        switch self {
        case .problem: LocalizedText("Describe the social problem")
        case .goals: LocalizedText("Set overall goals")
        case .targetGroups: LocalizedText("Analyse the target groups")
        case .activities: LocalizedText("Describe activities and theory of change")
        case .indicators: LocalizedText("Define indicators")
        case .methods: LocalizedText("Choose measurement methods")
        case .targets: LocalizedText("Set target values")
        case .baseline: LocalizedText("Measure the baseline")
        case .measurements: LocalizedText("Measure regularly")
        case .evaluation: LocalizedText("Evaluate and adjust")
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
