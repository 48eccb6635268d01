import FoundationEssentials
import SamskapCore

/// How a dimension's mean experience moved since the previous round.
enum RoundChange: Equatable {
    /// Up or down by `delta` (current − previous), or about the same (|delta| < 0.05, shown as 0.0).
    case up(Double), down(Double), same
    /// No figure to compare: the dimension is hidden or unanswered in one of the rounds, or there is no previous round.
    case none

    /// Compares the mean experience of a dimension in two rounds.
    static func between(_ current: DimensionResult?, _ previous: DimensionResult?) -> RoundChange {
        guard let current, let previous, !current.isHidden, !previous.isHidden,
              let now = current.experienceMean, let before = previous.experienceMean else { return .none }
        let delta = now - before
        if abs(delta) < 0.05 { return .same }
        return delta > 0 ? .up(delta) : .down(delta)
    }

    /// The change of every dimension of `current` against `previous`, by dimension id.
    static func compare(_ current: RoundResults, with previous: RoundResults?) -> [String: RoundChange] {
        var out: [String: RoundChange] = [:]
        for d in current.dimensions { out[d.dimensionID] = between(d, previous?.result(d.dimensionID)) }
        return out
    }

    /// The round before `roundID` by date, among `rounds` (oldest first); nil for the first.
    static func previousRound(of roundID: UUID, in rounds: [AssessmentRound]) -> AssessmentRound? {
        guard let i = rounds.firstIndex(where: { $0.id == roundID }), i > 0 else { return nil }
        return rounds[i - 1]
    }
}
