import Foundation

/// Thresholds that turn figures into flags; written down so the report's method note can cite them.
public enum ProcessThresholds {
    /// Respondents whose means lie this far apart (or more) on the 1–5 scale disagree.
    public static let divergentSpread = 2.0
    /// Importance this much above experience (or more) is an expectation not met.
    public static let unmetGap = 1.0
}

/// The figures for one value or action field in one round.
public struct DimensionResult: Equatable, Sendable {
    /// The dimension's stable id.
    public var dimensionID: String
    /// Value or action field.
    public var kind: DimensionKind
    /// Respondents with at least one score for the dimension.
    public var respondentCount: Int
    /// Mean of the respondents' mean experience, 1–5.
    public var experienceMean: Double?
    /// Mean of the respondents' mean importance, 1–5.
    public var importanceMean: Double?
    /// Lowest respondent mean experience.
    public var experienceMin: Double?
    /// Highest respondent mean experience.
    public var experienceMax: Double?
    /// Each respondent's mean experience, by respondent id.
    public var respondentMeans: [UUID: Double]
    /// True when fewer respondents answered than the anonymity threshold: show nothing but the count.
    public var isHidden: Bool

    /// Max − min of the respondents' mean experience.
    public var spread: Double? {
        guard let lo = experienceMin, let hi = experienceMax else { return nil }
        return hi - lo
    }

    /// Importance − experience: positive when expectations are not met.
    public var gap: Double? {
        guard let i = importanceMean, let e = experienceMean else { return nil }
        return i - e
    }

    /// The partners disagree about this dimension.
    public var isDivergent: Bool { (spread ?? 0) >= ProcessThresholds.divergentSpread - 1e-9 }

    /// Expectations are not met.
    public var hasUnmetExpectation: Bool { (gap ?? 0) >= ProcessThresholds.unmetGap - 1e-9 }
}

/// The process results of one assessment round: a result per value and per action field.
public struct RoundResults: Equatable, Sendable {
    /// The round.
    public var roundID: UUID
    /// Results in the model's order: fields first, then values.
    public var dimensions: [DimensionResult]

    /// The result for one dimension.
    public func result(_ dimensionID: String) -> DimensionResult? { dimensions.first { $0.dimensionID == dimensionID } }

    /// Visible dimensions, most disputed first (by spread, then gap).
    public var mostDisputed: [DimensionResult] {
        dimensions.filter { !$0.isHidden && $0.spread != nil }
            .sorted { ($0.spread ?? 0, $0.gap ?? 0) > ($1.spread ?? 0, $1.gap ?? 0) }
    }

    /// Visible dimensions, largest unmet expectation first.
    public var largestGaps: [DimensionResult] {
        dimensions.filter { !$0.isHidden && $0.gap != nil }.sorted { ($0.gap ?? 0) > ($1.gap ?? 0) }
    }

    /// Visible dimensions, weakest experience first.
    public var weakest: [DimensionResult] {
        dimensions.filter { !$0.isHidden && $0.experienceMean != nil }.sorted { ($0.experienceMean ?? 0) < ($1.experienceMean ?? 0) }
    }

    /// Computes the results of a round.
    ///
    /// A respondent's score for a dimension is the mean of their answers to its statements; "don't know"
    /// and missing scores are left out. The group mean is the mean of respondents' means, so someone who
    /// answered fewer statements weighs the same as everyone else.
    public static func compute(round roundID: UUID, answers: [Answer], model: ModelContent, threshold: Int) -> RoundResults {
        var statementOwner: [String: Int] = [:]
        let dims = model.allDimensions
        for (i, d) in dims.enumerated() { for s in d.statements { statementOwner[s.id] = i } }

        // Per dimension, per respondent: sums and counts of experience and importance.
        struct Acc { var e = 0.0, ne = 0, i = 0.0, ni = 0 }
        var acc = Array(repeating: [UUID: Acc](), count: dims.count)
        for a in answers where a.roundID == roundID && !a.dontKnow {
            guard let d = statementOwner[a.statementID] else { continue }
            var x = acc[d][a.respondentID, default: Acc()]
            if let e = a.experience { x.e += Double(e); x.ne += 1 }
            if let i = a.importance { x.i += Double(i); x.ni += 1 }
            acc[d][a.respondentID] = x
        }
        let results = dims.enumerated().map { index, d -> DimensionResult in
            var means: [UUID: Double] = [:]
            var importances: [Double] = []
            for (respondent, x) in acc[index] {
                if x.ne > 0 { means[respondent] = x.e / Double(x.ne) }
                if x.ni > 0 { importances.append(x.i / Double(x.ni)) }
            }
            let count = acc[index].values.filter { $0.ne > 0 || $0.ni > 0 }.count
            let hidden = count < max(threshold, 1)
            let values = Array(means.values)
            return DimensionResult(
                dimensionID: d.id, kind: model.values.contains(d) ? .value : .field, respondentCount: count,
                experienceMean: hidden || values.isEmpty ? nil : values.reduce(0, +) / Double(values.count),
                importanceMean: hidden || importances.isEmpty ? nil : importances.reduce(0, +) / Double(importances.count),
                experienceMin: hidden ? nil : values.min(), experienceMax: hidden ? nil : values.max(),
                respondentMeans: hidden ? [:] : means, isHidden: hidden)
        }
        return RoundResults(roundID: roundID, dimensions: results)
    }
}

extension ProjectDocument {
    /// The process results of every round, oldest first.
    public func processResults(model: ModelContent) -> [RoundResults] {
        var byRound: [UUID: [Answer]] = [:]
        for a in answers { byRound[a.roundID, default: []].append(a) }
        return roundsByDate.map {
            RoundResults.compute(round: $0.id, answers: byRound[$0.id] ?? [], model: model, threshold: project.anonymityThreshold)
        }
    }
}
