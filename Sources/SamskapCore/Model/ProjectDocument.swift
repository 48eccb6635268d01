import FoundationEssentials

/// Everything one project file holds: the unit of loading, exchange (JSON) and merging.
public struct ProjectDocument: Codable, Equatable, Sendable {
    /// The project itself.
    public var project: Project
    /// The partners, in the order they were added.
    public var partners: [Partner]
    /// Overall goals, by position.
    public var goals: [Goal]
    /// Partners' sub-goals.
    public var subGoals: [SubGoal]
    /// The ten impact steps, always ten, in order.
    public var impactSteps: [ImpactStep]
    /// Indicators.
    public var indicators: [Indicator]
    /// Measurements of indicators.
    public var measurements: [Measurement]
    /// The evaluation log.
    public var evaluations: [EvaluationEntry]
    /// Assessment rounds, oldest first.
    public var rounds: [AssessmentRound]
    /// Respondents of all rounds.
    public var respondents: [Respondent]
    /// Answers of all rounds.
    public var answers: [Answer]
    /// The workshop's agenda; nil until one is prepared (and then left out of the JSON).
    public var workshop: WorkshopAgenda?

    /// Creates a document; the ten steps are filled in empty where missing.
    public init(project: Project, partners: [Partner] = [], goals: [Goal] = [], subGoals: [SubGoal] = [],
                impactSteps: [ImpactStep] = [], indicators: [Indicator] = [], measurements: [Measurement] = [],
                evaluations: [EvaluationEntry] = [], rounds: [AssessmentRound] = [], respondents: [Respondent] = [],
                answers: [Answer] = [], workshop: WorkshopAgenda? = nil) {
        self.project = project
        self.partners = partners
        self.goals = goals.sorted { $0.position < $1.position }
        self.subGoals = subGoals
        self.impactSteps = ImpactStepKind.allCases.map { kind in
            impactSteps.first { $0.kind == kind } ?? ImpactStep(kind: kind)
        }
        self.indicators = indicators
        self.measurements = measurements
        self.evaluations = evaluations
        self.rounds = rounds
        self.respondents = respondents
        self.answers = answers
        self.workshop = workshop
    }

    /// A new, empty project with the given name.
    public static func new(named name: String) -> ProjectDocument {
        ProjectDocument(project: Project(name: name))
    }

    /// The partner with the id.
    public func partner(_ id: UUID) -> Partner? { partners.first { $0.id == id } }

    /// The indicator with the id.
    public func indicator(_ id: UUID) -> Indicator? { indicators.first { $0.id == id } }

    /// An indicator's measurements, oldest first.
    public func measurements(of indicatorID: UUID) -> [Measurement] {
        measurements.filter { $0.indicatorID == indicatorID }.sorted { $0.date < $1.date }
    }

    /// Respondents of one round.
    public func respondents(in roundID: UUID) -> [Respondent] { respondents.filter { $0.roundID == roundID } }

    /// Answers of one round.
    public func answers(in roundID: UUID) -> [Answer] { answers.filter { $0.roundID == roundID } }

    /// Rounds sorted by date, oldest first.
    public var roundsByDate: [AssessmentRound] { rounds.sorted { ($0.date, $0.label) < ($1.date, $1.label) } }

    /// Counts of each kind of record, for `samskap check` and summaries.
    public var counts: [(String, Int)] {
        [("partners", partners.count), ("goals", goals.count), ("subGoals", subGoals.count),
         ("indicators", indicators.count), ("measurements", measurements.count), ("evaluations", evaluations.count),
         ("rounds", rounds.count), ("respondents", respondents.count), ("answers", answers.count)]
    }
}
