/// The edits that bring another copy's records into this project, and what they amount to.
public struct MergePlan: Equatable, Sendable {
    /// Upserts of the records this project lacks, parents before children; save them in one transaction.
    public var changes: [Change]
    /// What is added, and the conflicts left alone.
    public var summary: MergeSummary

    /// Creates a plan.
    public init(changes: [Change], summary: MergeSummary) {
        self.changes = changes
        self.summary = summary
    }
}
