import FoundationEssentials

/// The position exercises of a workshop screen: the room decides where the project stands (its cell of the thin/thick
/// matrix, the staircase step of each area, the circle's phase), the coordinator moves a marker to what the room
/// says and records it.
///
/// Only the choosing lives here and in the window; what is recorded is the project itself, changed as the Position
/// view changes it (a phase change is appended to the phase history), so the project file keeps one truth.
public struct PositionExercise: Equatable, Sendable {
    /// What one row of the exercise decides.
    public enum Subject: Equatable, Hashable, Sendable {
        /// The project's cell of the thin/thick matrix.
        case matrix
        /// The staircase step of the area at this index of `Project.staircase` (0 for a project without one yet).
        case staircase(Int)
        /// The circle's phase.
        case circle
    }

    /// The row being decided, an index into `subjects(of:)`.
    public var row: Int
    /// The value proposed while the coordinator chooses, an index into `choiceCount(of:)`; nil when not choosing.
    public var proposal: Int?
    /// The row and value recorded last, for the screen to say so while the project still stands there.
    public var recorded: Recorded?

    /// A recorded value: which row, which choice, on which day.
    public struct Recorded: Equatable, Sendable {
        public var row: Int
        public var choice: Int
        public var day: Day

        public init(row: Int, choice: Int, day: Day) {
            self.row = row
            self.choice = choice
            self.day = day
        }
    }

    /// An exercise on its first row, choosing nothing.
    public init(row: Int = 0, proposal: Int? = nil, recorded: Recorded? = nil) {
        self.row = row
        self.proposal = proposal
        self.recorded = recorded
    }

    /// Whether the coordinator is moving the marker (←/→ then change the value, not the screen).
    public var isChoosing: Bool { proposal != nil }

    /// The rows of a project: the matrix, one staircase row per area (one for a project without any), the circle.
    public static func subjects(of project: Project) -> [Subject] {
        [.matrix] + (0..<max(1, project.staircase.count)).map { .staircase($0) } + [.circle]
    }

    /// The matrix's nine cells from thin to thick co-creation and on to self-organised, as the continuum reads.
    public static let matrixCells: [MatrixCell] = CoCreationDepth.allCases.flatMap { depth in
        MatrixCell.all.filter { $0.depth == depth }
    }

    /// How many values a row offers.
    public static func choiceCount(of subject: Subject) -> Int {
        switch subject {
        case .matrix: matrixCells.count
        case .staircase: StaircaseStep.allCases.count
        case .circle: CirclePhase.allCases.count
        }
    }

    /// The name of a value, as the room reads it.
    public static func choiceName(_ choice: Int, of subject: Subject) -> LocalizedText {
        switch subject {
        case .matrix: matrixCells[choice].term
        case .staircase: StaircaseStep.allCases[choice].term
        case .circle: CirclePhase.allCases[choice].term
        }
    }

    /// The area a staircase row is about; nil for other rows or a project without a staircase yet.
    public static func area(of subject: Subject, in project: Project) -> String? {
        guard case let .staircase(k) = subject, project.staircase.indices.contains(k) else { return nil }
        return project.staircase[k].area
    }

    /// Where the project stands on a row now; nil when it has not been placed there.
    public static func current(_ subject: Subject, in project: Project) -> Int? {
        switch subject {
        case .matrix: project.cell.flatMap { matrixCells.firstIndex(of: $0) }
        case let .staircase(k):
            project.staircase.indices.contains(k) ? StaircaseStep.allCases.firstIndex(of: project.staircase[k].step) : nil
        case .circle: project.circlePhase.flatMap { CirclePhase.allCases.firstIndex(of: $0) }
        }
    }

    /// The project with a row set to a value on a day, as the Position view sets it: a phase is appended to the phase
    /// history (kept in date order, the latest is the current phase); a staircase row of a project without a
    /// staircase becomes its first area, named `newArea`.
    public static func recording(_ choice: Int, of subject: Subject, in project: Project, on day: Day,
                                 newArea: String) -> Project {
        var project = project
        switch subject {
        case .matrix:
            project.cell = matrixCells[choice]
        case let .staircase(k):
            let step = StaircaseStep.allCases[choice]
            if project.staircase.indices.contains(k) {
                project.staircase[k].step = step
            } else {
                project.staircase.append(StaircasePosition(area: newArea, step: step))
            }
        case .circle:
            project.recordPhase(CirclePhase.allCases[choice], from: day)
        }
        return project
    }

    /// The exercise with the marker moved `step` values on, wrapping at either end; starts at the project's value.
    public func moving(by step: Int, in project: Project) -> PositionExercise {
        let subjects = Self.subjects(of: project)
        guard subjects.indices.contains(row) else { return self }
        let subject = subjects[row]
        let count = Self.choiceCount(of: subject)
        var copy = self
        let start = proposal ?? Self.current(subject, in: project) ?? (step > 0 ? -1 : count)
        copy.proposal = ((start + step) % count + count) % count
        return copy
    }

    /// The exercise on another row (wrapping), not choosing.
    public func movingRow(by step: Int, in project: Project) -> PositionExercise {
        let count = Self.subjects(of: project).count
        var copy = self
        copy.row = ((row + step) % count + count) % count
        copy.proposal = nil
        return copy
    }
}

extension Project {
    /// Appends a dated phase change, keeping the history in date order (a change on the same day as another stays
    /// after it); the latest by date is the current phase. The Position view and the workshop record phases this way.
    public mutating func recordPhase(_ phase: CirclePhase, from day: Day) {
        let history = phaseHistory + [PhaseChange(date: day, phase: phase)]
        phaseHistory = history.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
        circlePhase = phaseHistory.last?.phase
    }
}
