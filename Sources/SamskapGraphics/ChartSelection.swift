import FoundationEssentials

/// What the user picked to look at: a round other than the latest, a partner to overlay.
public struct ChartSelection: Equatable, Hashable, Sendable {
    /// The round to show; nil means the latest round.
    public var roundID: UUID?
    /// A partner whose own answers are drawn over the group (radar charts).
    public var partnerID: UUID?
    /// A round drawn beside the shown one as a dotted outline of its experience means (radar charts).
    public var previousRoundID: UUID?

    /// Creates a selection; the default shows the latest round with no overlay.
    public init(roundID: UUID? = nil, partnerID: UUID? = nil, previousRoundID: UUID? = nil) {
        self.roundID = roundID
        self.partnerID = partnerID
        self.previousRoundID = previousRoundID
    }
}
