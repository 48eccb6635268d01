import FoundationEssentials

/// One edit of a project: what the window asks the store to save, in one transaction.
///
/// Every edit is an upsert or a delete of one record, so that it can be undone by its inverse
/// (see `ProjectDocument.inverse(of:)`) and merged by stable id.
public enum Change: Equatable, Sendable {
    case setProject(Project)
    case upsertPartner(Partner)
    case deletePartner(UUID)
    case upsertGoal(Goal)
    case deleteGoal(UUID)
    case upsertSubGoal(SubGoal)
    case deleteSubGoal(UUID)
    case setImpactStep(ImpactStep)
    case upsertIndicator(Indicator)
    case deleteIndicator(UUID)
    case upsertMeasurement(Measurement)
    case deleteMeasurement(UUID)
    case upsertEvaluation(EvaluationEntry)
    case deleteEvaluation(UUID)
    case upsertRound(AssessmentRound)
    case deleteRound(UUID)
    case upsertRespondent(Respondent)
    case deleteRespondent(UUID)
    case upsertAnswer(Answer)
    case deleteAnswer(UUID)
    /// Replaces the workshop's agenda (and where it stands) as a whole; nil removes it.
    case setWorkshop(WorkshopAgenda?)
    /// Puts a record back at its old place in its list: the wrapped change is an upsert, and the record goes to
    /// index `at` (clamped to the list) instead of the end. Only `inverse(of:)` makes it, so that undoing a
    /// delete brings the item back where it was. A store that keeps its own order applies the wrapped change
    /// and may ignore the index.
    indirect case restore(Change, at: Int)
}
