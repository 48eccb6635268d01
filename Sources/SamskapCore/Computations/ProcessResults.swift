import FoundationEssentials

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
        let dimensions = model.allDimensions
        var owners = StatementOwners(dimensions)
        var tally = RoundTally(dimensionCount: dimensions.count)
        for k in answers.indices where answers[k].roundID == roundID && !answers[k].dontKnow {
            guard let d = owners.dimension(of: answers[k].statementID) else { continue }
            tally.add(respondent: answers[k].respondentID, dimension: d, experience: answers[k].experience,
                      importance: answers[k].importance)
        }
        return tally.results(round: roundID, dimensions: dimensions, isValue: dimensions.map { model.values.contains($0) },
                             threshold: threshold)
    }
}

/// Which dimension each statement belongs to (the last one listing it, should two do), looked up with a guess first:
/// a respondent's answers mostly follow the model's order, and comparing two short ids is cheaper than hashing one.
struct StatementOwners {
    /// Every statement in the order of the dimensions, with the dimension that owns its id.
    private var order: [(id: String, dimension: Int)] = []
    /// Where each id is in `order` (its last place).
    private var position: [String: Int] = [:]
    /// The place in `order` the next answer's statement is guessed to be at.
    private var next = 0

    init(_ dimensions: [ModelDimension]) {
        for (index, dimension) in dimensions.enumerated() {
            for statement in dimension.statements { order.append((statement.id, index)) }
        }
        position.reserveCapacity(order.count)
        for (k, entry) in order.enumerated() { position[entry.id] = k }
        for k in order.indices { order[k].dimension = order[position[order[k].id]!].dimension }
    }

    /// The index (in `dimensions`) of the statement's dimension; nil for a statement the model does not have.
    mutating func dimension(of statementID: String) -> Int? {
        if next < order.count && order[next].id == statementID {
            next += 1
            return order[next - 1].dimension
        }
        guard let k = position[statementID] else { return nil }
        next = k + 1
        return order[k].dimension
    }
}

/// Sums and counts of experience and importance per respondent and dimension, for one round.
struct RoundTally {
    private struct Sums { var e = 0.0, ne = 0, i = 0.0, ni = 0 }

    let dimensionCount: Int
    /// Respondents in the order their first answer came.
    private var respondents: [UUID] = []
    private var slots: [UUID: Int] = [:]
    /// `dimensionCount` sums per respondent, respondent after respondent.
    private var sums: [Sums] = []
    private var lastRespondent: UUID?
    private var lastSlot = 0

    init(dimensionCount: Int) { self.dimensionCount = dimensionCount }

    mutating func add(respondent: UUID, dimension: Int, experience: Int?, importance: Int?) {
        // A respondent's answers mostly come together: skip the hash while the respondent stays the same.
        if respondent != lastRespondent {
            if let slot = slots[respondent] {
                lastSlot = slot
            } else {
                lastSlot = respondents.count
                slots[respondent] = lastSlot
                respondents.append(respondent)
                sums.append(contentsOf: repeatElement(Sums(), count: dimensionCount))
            }
            lastRespondent = respondent
        }
        let k = lastSlot * dimensionCount + dimension
        if let e = experience { sums[k].e += Double(e); sums[k].ne += 1 }
        if let i = importance { sums[k].i += Double(i); sums[k].ni += 1 }
    }

    func results(round roundID: UUID, dimensions: [ModelDimension], isValue: [Bool], threshold: Int) -> RoundResults {
        let results = dimensions.indices.map { d -> DimensionResult in
            var count = 0, withExperience = 0, withImportance = 0
            var experienceSum = 0.0, importanceSum = 0.0, lo = Double.infinity, hi = -Double.infinity
            for r in respondents.indices {
                let x = sums[r * dimensionCount + d]
                guard x.ne > 0 || x.ni > 0 else { continue }
                count += 1
                if x.ne > 0 {
                    let mean = x.e / Double(x.ne)
                    experienceSum += mean
                    withExperience += 1
                    lo = min(lo, mean)
                    hi = max(hi, mean)
                }
                if x.ni > 0 {
                    importanceSum += x.i / Double(x.ni)
                    withImportance += 1
                }
            }
            let hidden = count < max(threshold, 1)
            var means: [UUID: Double] = [:]
            if !hidden {
                means.reserveCapacity(withExperience)
                for r in respondents.indices {
                    let x = sums[r * dimensionCount + d]
                    if x.ne > 0 { means[respondents[r]] = x.e / Double(x.ne) }
                }
            }
            let experience = !hidden && withExperience > 0
            return DimensionResult(
                dimensionID: dimensions[d].id, kind: isValue[d] ? .value : .field, respondentCount: count,
                experienceMean: experience ? experienceSum / Double(withExperience) : nil,
                importanceMean: !hidden && withImportance > 0 ? importanceSum / Double(withImportance) : nil,
                experienceMin: experience ? lo : nil, experienceMax: experience ? hi : nil,
                respondentMeans: means, isHidden: hidden)
        }
        return RoundResults(roundID: roundID, dimensions: results)
    }
}

extension ProjectDocument {
    /// The process results of every round, oldest first.
    ///
    /// The same figures as `RoundResults.compute` for each round, from one pass over the answers.
    public func processResults(model: ModelContent) -> [RoundResults] {
        let dimensions = model.allDimensions
        let isValue = dimensions.map { model.values.contains($0) }
        let rounds = roundsByDate
        var slots: [UUID: Int] = [:]
        slots.reserveCapacity(rounds.count)
        for round in rounds where slots[round.id] == nil { slots[round.id] = slots.count }
        var tallies = Array(repeating: RoundTally(dimensionCount: dimensions.count), count: slots.count)
        var owners = StatementOwners(dimensions)
        var lastRound: UUID?
        var lastSlot = -1
        for k in answers.indices where !answers[k].dontKnow {
            let roundID = answers[k].roundID
            if roundID != lastRound {
                lastRound = roundID
                lastSlot = slots[roundID] ?? -1
            }
            guard lastSlot >= 0, let d = owners.dimension(of: answers[k].statementID) else { continue }
            tallies[lastSlot].add(respondent: answers[k].respondentID, dimension: d, experience: answers[k].experience,
                                  importance: answers[k].importance)
        }
        return rounds.map {
            tallies[slots[$0.id]!].results(round: $0.id, dimensions: dimensions, isValue: isValue,
                                           threshold: project.anonymityThreshold)
        }
    }
}
