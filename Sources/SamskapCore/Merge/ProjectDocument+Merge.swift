import FoundationEssentials

extension ProjectDocument {
    /// The edits that bring the records of `other` (another copy of this project, e.g. answers entered on another
    /// machine) that this document lacks, matched by stable id, so nothing is ever duplicated.
    ///
    /// Only additions: a record both copies hold keeps our content, and differing content is counted as a
    /// conflict rather than changed. An answer to a statement that the same respondent has already answered
    /// here under another id is a conflict too, so nobody's view counts twice. The project's own fields and the
    /// impact steps are ours. Deletions do not travel: a record deleted here but still in `other` comes back.
    ///
    /// - Parameter force: merge even when `other` is a different project (another `project.id`).
    /// - Throws: `MergeError.differentProject` when the ids differ and `force` is not set; `MergeError.valueOutOfRange`
    ///   when `other` has a measurement value outside `Measurement.valueRange`.
    public func mergePlan(from other: ProjectDocument, force: Bool = false) throws(MergeError) -> MergePlan {
        guard force || other.project.id == project.id else {
            throw .differentProject(ours: project.name, theirs: other.project.name)
        }
        // A value comes in here as it does by typing, CSV or JSON: only inside the range a measurement may hold.
        if let bad = other.measurements.first(where: { $0.value.map { !Measurement.isUsable($0) } ?? false }), let value = bad.value {
            let name = other.indicators.first { $0.id == bad.indicatorID }?.name ?? indicator(bad.indicatorID)?.name ?? ""
            throw .valueOutOfRange(indicator: name, date: bad.date, value: Wording.number(value, .en))
        }
        var builder = MergeBuilder()
        builder.collect(.partners, ours: partners, theirs: other.partners, Change.upsertPartner)
        builder.collect(.goals, ours: goals, theirs: other.goals, Change.upsertGoal)
        builder.collect(.subGoals, ours: subGoals, theirs: other.subGoals, Change.upsertSubGoal)
        builder.collect(.indicators, ours: indicators, theirs: other.indicators, Change.upsertIndicator)
        builder.collect(.measurements, ours: measurements, theirs: other.measurements, Change.upsertMeasurement)
        builder.collect(.evaluations, ours: evaluations, theirs: other.evaluations, Change.upsertEvaluation)
        builder.collect(.rounds, ours: rounds, theirs: other.rounds, Change.upsertRound)
        builder.collect(.respondents, ours: respondents, theirs: other.respondents, Change.upsertRespondent)
        let answered = Set(answers.map { AnswerSlot(respondentID: $0.respondentID, statementID: $0.statementID) })
        builder.collect(.answers, ours: answers, theirs: other.answers, Change.upsertAnswer) { answer in
            !answered.contains(AnswerSlot(respondentID: answer.respondentID, statementID: answer.statementID))
        }
        // Target groups, activities and the links of the theory of change live on the project, so what the other copy
        // adds to them comes in as one new version of the project, first, before records that might refer to them.
        var planned = project
        var fromProject = MergeBuilder()
        planned.targetGroups += fromProject.missing(.targetGroups, ours: project.targetGroups, theirs: other.project.targetGroups)
        planned.activities += fromProject.missing(.activities, ours: project.activities, theirs: other.project.activities)
        planned.resultLinks += fromProject.missing(.resultLinks, ours: project.resultLinks, theirs: other.project.resultLinks)
        var summary = builder.summary
        summary.added.merge(fromProject.summary.added, uniquingKeysWith: +)
        summary.conflicts.merge(fromProject.summary.conflicts, uniquingKeysWith: +)
        let projectChange: [Change] = planned == project ? [] : [.setProject(planned)]
        return MergePlan(changes: projectChange + builder.changes, summary: summary)
    }
}

/// One respondent's place for one statement: at most one answer should fill it.
private struct AnswerSlot: Hashable {
    var respondentID: UUID
    var statementID: String
}

/// Gathers the upserts and counts of a merge, one kind at a time, in the order they must be applied.
private struct MergeBuilder {
    var changes: [Change] = []
    var summary = MergeSummary()

    /// Adds `theirs` records missing from `ours`; counts same-id records with other content as conflicts.
    /// `fits` can turn a missing record into a conflict (an answer whose slot is taken here).
    mutating func collect<T: Identifiable & Equatable>(_ kind: MergeKind, ours: [T], theirs: [T], _ upsert: (T) -> Change,
                                                       fits: (T) -> Bool = { _ in true }) where T.ID == UUID {
        changes += missing(kind, ours: ours, theirs: theirs, fits: fits).map(upsert)
    }

    /// The records of `theirs` missing from `ours`, counted as added; same-id records with other content as conflicts.
    mutating func missing<T: Identifiable & Equatable>(_ kind: MergeKind, ours: [T], theirs: [T],
                                                       fits: (T) -> Bool = { _ in true }) -> [T] where T.ID == UUID {
        let ourByID = Dictionary(ours.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var seen = Set<UUID>()
        var found: [T] = []
        for record in theirs where seen.insert(record.id).inserted {
            if let mine = ourByID[record.id] {
                if mine != record { summary.conflicts[kind, default: 0] += 1 }
            } else if fits(record) {
                summary.added[kind, default: 0] += 1
                found.append(record)
            } else {
                summary.conflicts[kind, default: 0] += 1
            }
        }
        return found
    }
}
