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
    private enum CodingKeys: String, CodingKey {
        case id, name, municipality, problem, vision, period, circlePhase, phaseHistory, cell, staircase, targetGroups,
             activities, theoryOfChange, resultLinks, anonymityThreshold
    }

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
    /// How the activities are expected to lead to change (impact step 4), in words.
    public var theoryOfChange: String
    /// The theory of change as links from activities to indicators and between indicators, each with its grounds.
    public var resultLinks: [ResultLink]
    /// Fewest respondents before a field's process results are shown, so nobody can be singled out.
    public var anonymityThreshold: Int

    /// Creates a project; only the name is needed.
    public init(id: UUID = UUID(), name: String, municipality: Municipality? = nil, problem: String = "",
                vision: String = "", period: Period = Period(), circlePhase: CirclePhase? = nil,
                phaseHistory: [PhaseChange] = [], cell: MatrixCell? = nil, staircase: [StaircasePosition] = [],
                targetGroups: [TargetGroup] = [], activities: [Activity] = [], theoryOfChange: String = "",
                resultLinks: [ResultLink] = [], anonymityThreshold: Int = 3) {
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
        self.resultLinks = resultLinks
        self.anonymityThreshold = anonymityThreshold
    }
}

extension Project {
    /// Decodes a project; `resultLinks` is optional, since files written before the theory of change had links lack it.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try c.decode(UUID.self, forKey: .id), name: try c.decode(String.self, forKey: .name),
                  municipality: try c.decodeIfPresent(Municipality.self, forKey: .municipality),
                  problem: try c.decode(String.self, forKey: .problem), vision: try c.decode(String.self, forKey: .vision),
                  period: try c.decode(Period.self, forKey: .period),
                  circlePhase: try c.decodeIfPresent(CirclePhase.self, forKey: .circlePhase),
                  phaseHistory: try c.decode([PhaseChange].self, forKey: .phaseHistory),
                  cell: try c.decodeIfPresent(MatrixCell.self, forKey: .cell),
                  staircase: try c.decode([StaircasePosition].self, forKey: .staircase),
                  targetGroups: try c.decode([TargetGroup].self, forKey: .targetGroups),
                  activities: try c.decode([Activity].self, forKey: .activities),
                  theoryOfChange: try c.decode(String.self, forKey: .theoryOfChange),
                  resultLinks: try c.decodeIfPresent([ResultLink].self, forKey: .resultLinks) ?? [],
                  anonymityThreshold: try c.decode(Int.self, forKey: .anonymityThreshold))
    }
}
