import FoundationEssentials

/// A municipality: the place, identified by its official four-digit number.
public struct Municipality: Codable, Equatable, Hashable, Sendable {
    /// Official number, four digits (e.g. "3301").
    public var number: String
    /// Name, e.g. "Drammen".
    public var name: String

    /// Creates a municipality.
    public init(number: String, name: String) {
        self.number = number
        self.name = name
    }
}

/// Where one unit or policy area of the municipality stands on the staircase.
public struct StaircasePosition: Codable, Equatable, Hashable, Sendable, Identifiable {
    /// Stable id.
    public var id: UUID
    /// The unit or policy area, e.g. "Helse og omsorg".
    public var area: String
    /// Its step.
    public var step: StaircaseStep

    /// Creates a position.
    public init(id: UUID = UUID(), area: String, step: StaircaseStep) {
        self.id = id
        self.area = area
        self.step = step
    }
}

/// A group of people the work is for (impact step 3).
public struct TargetGroup: Codable, Equatable, Hashable, Sendable, Identifiable {
    /// Stable id.
    public var id: UUID
    /// Short name.
    public var name: String
    /// Who they are, how many, what they need.
    public var description: String

    /// Creates a target group.
    public init(id: UUID = UUID(), name: String, description: String = "") {
        self.id = id
        self.name = name
        self.description = description
    }
}

/// A main activity of the effort (impact step 4), with its own place in the thin/thick matrix.
public struct Activity: Codable, Equatable, Hashable, Sendable, Identifiable {
    /// Stable id.
    public var id: UUID
    /// Short name.
    public var name: String
    /// What happens.
    public var description: String
    /// Who plans and who delivers it, if placed.
    public var cell: MatrixCell?

    /// Creates an activity.
    public init(id: UUID = UUID(), name: String, description: String = "", cell: MatrixCell? = nil) {
        self.id = id
        self.name = name
        self.description = description
        self.cell = cell
    }
}

/// A dated change of circle phase, so the spiral of the work can be seen afterwards.
public struct PhaseChange: Codable, Equatable, Hashable, Sendable {
    /// When the project entered the phase.
    public var date: Day
    /// The phase entered.
    public var phase: CirclePhase

    /// Creates a phase change.
    public init(date: Day, phase: CirclePhase) {
        self.date = date
        self.phase = phase
    }
}

/// The co-creation project: the problem, the shared vision, where it stands.
public struct Project: Codable, Equatable, Sendable, Identifiable {
    /// Stable id.
    public var id: UUID
    /// Name of the project.
    public var name: String
    /// The municipality (the place), if chosen.
    public var municipality: Municipality?
    /// The problem, in the words of those who live with it.
    public var problem: String
    /// The shared vision: a picture of a desired future.
    public var vision: String
    /// The project period.
    public var period: Period
    /// Where the work stands in the circle of social innovation.
    public var circlePhase: CirclePhase?
    /// Earlier and current phases, oldest first.
    public var phaseHistory: [PhaseChange]
    /// The project's place in the thin/thick matrix.
    public var cell: MatrixCell?
    /// The staircase step per unit or policy area.
    public var staircase: [StaircasePosition]
    /// The target groups (impact step 3).
    public var targetGroups: [TargetGroup]
    /// The main activities (impact step 4).
    public var activities: [Activity]
    /// How the activities are expected to lead to change (impact step 4).
    public var theoryOfChange: String
    /// Fewest respondents before a field's process results are shown, so nobody can be singled out.
    public var anonymityThreshold: Int

    /// Creates a project; only the name is needed.
    public init(id: UUID = UUID(), name: String, municipality: Municipality? = nil, problem: String = "",
                vision: String = "", period: Period = Period(), circlePhase: CirclePhase? = nil,
                phaseHistory: [PhaseChange] = [], cell: MatrixCell? = nil, staircase: [StaircasePosition] = [],
                targetGroups: [TargetGroup] = [], activities: [Activity] = [], theoryOfChange: String = "",
                anonymityThreshold: Int = 3) {
        self.id = id
        self.name = name
        self.municipality = municipality
        self.problem = problem
        self.vision = vision
        self.period = period
        self.circlePhase = circlePhase
        self.phaseHistory = phaseHistory
        self.cell = cell
        self.staircase = staircase
        self.targetGroups = targetGroups
        self.activities = activities
        self.theoryOfChange = theoryOfChange
        self.anonymityThreshold = anonymityThreshold
    }
}
