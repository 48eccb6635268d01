import FoundationEssentials

/// The checks of a project's plan. Advice only: none of them ever stops an edit or a save.
public enum PlanCheckKind: String, CaseIterable, Sendable {
    /// Every indicator measures output; none measures outcome or impact.
    case onlyOutputIndicators
    /// An indicator lacks a baseline, a unit or a responsible partner.
    case indicatorIncomplete
    /// No activity leads, through the links, to this outcome.
    case outcomeWithoutActivity
    /// A link still rests on an assumption past half the project period.
    case staleAssumption
    /// No partner anchors the work upwards, or none backwards.
    case missingAnchorDirection
    /// An anchor point has not been renewed for six months.
    case anchorNotRenewed
    /// One of the ten steps is not begun while a later one is done.
    case stepSkipped
    /// The project or an activity is placed where figure 2 has no activity: civil society plans, professionals
    /// deliver. Files made before the matrix followed the figure may hold it, so this is how their users hear of it.
    case cellWithoutActivity
}

/// One piece of advice: what the check found, about what, and what to do next.
public struct PlanAdvice: Equatable, Sendable {
    /// Which check.
    public var kind: PlanCheckKind
    /// The id of the record it is about, if any (indicator, link, anchor point).
    public var subjectID: UUID?
    /// What was found.
    public var finding: LocalizedText
    /// What to do next.
    public var nextStep: LocalizedText

    /// Creates advice.
    public init(kind: PlanCheckKind, subjectID: UUID? = nil, finding: LocalizedText, nextStep: LocalizedText) {
        self.kind = kind
        self.subjectID = subjectID
        self.finding = finding
        self.nextStep = nextStep
    }
}
