import FoundationEssentials

/// Where an indicator stands; shown with colour, shape and word together.
public enum IndicatorStatus: String, Term {
    /// Progress keeps pace with time towards the target (or the target is reached).
    case onTrack
    /// Progress lags behind time, or moves the wrong way.
    case behind
    /// No baseline, target or measurement to judge by.
    case noData
    /// A qualitative indicator with notes: read, not scored.
    case described

    public var term: LocalizedText {
        switch self {
        case .onTrack: LocalizedText("On track")
        case .behind: LocalizedText("Behind")
        case .noData: LocalizedText("No data")
        case .described: LocalizedText("Described")
        }
    }
}

/// How far an indicator has come from its baseline towards its target.
public struct IndicatorProgress: Equatable, Sendable {
    /// Tolerance below the time-expected progress that still counts as on track.
    public static let tolerance = 0.1

    /// The indicator.
    public var indicatorID: UUID
    /// The latest measurement, if any.
    public var latest: Measurement?
    /// Share of the way from baseline to target: 0 at baseline, 1 at target, negative when moving away.
    public var progress: Double?
    /// Share of the time from baseline date to target date that has passed at the latest measurement.
    public var expected: Double?
    /// The verdict.
    public var status: IndicatorStatus

    /// Computes progress from an indicator and its measurements (in any order).
    ///
    /// Progress is (latest − baseline) / (target − baseline), which respects direction by itself when
    /// the target lies on the better side of the baseline. When target equals baseline, the indicator is on
    /// track while the latest value is at least as good as the target in its direction.
    public static func compute(_ indicator: Indicator, measurements: [Measurement]) -> IndicatorProgress {
        // One pass, no copies: the first of the latest dated among the indicator's own measurements that count.
        var latest: Int?
        for k in measurements.indices where measurements[k].indicatorID == indicator.id && counts(measurements[k], for: indicator) {
            if let best = latest, !(measurements[best].date < measurements[k].date) { continue }
            latest = k
        }
        return compute(indicator, latest: latest.map { measurements[$0] })
    }

    /// Whether a measurement can be an indicator's latest: a note for a qualitative one, a value otherwise.
    @inline(__always)
    static func counts(_ measurement: Measurement, for indicator: Indicator) -> Bool {
        indicator.kind == .qualitative ? !measurement.note.isEmpty : measurement.value != nil
    }

    /// Progress from the indicator and its latest measurement that counts (see `counts`).
    static func compute(_ indicator: Indicator, latest: Measurement?) -> IndicatorProgress {
        if indicator.kind == .qualitative {
            return IndicatorProgress(indicatorID: indicator.id, latest: latest, progress: nil, expected: nil,
                                     status: latest == nil ? .noData : .described)
        }
        guard let latest, let value = latest.value, let base = indicator.baseline.value, let target = indicator.target.value else {
            return IndicatorProgress(indicatorID: indicator.id, latest: latest, progress: nil, expected: nil, status: .noData)
        }
        let better: (Double, Double) -> Bool = indicator.direction == .higherIsBetter ? { $0 >= $1 } : { $0 <= $1 }
        if abs(target - base) < 1e-12 {
            return IndicatorProgress(indicatorID: indicator.id, latest: latest, progress: better(value, target) ? 1 : 0,
                                     expected: nil, status: better(value, target) ? .onTrack : .behind)
        }
        let progress = (value - base) / (target - base)
        var expected: Double?
        if let b = indicator.baseline.date, let t = indicator.target.date, t > b {
            expected = min(1, max(0, Double(latest.date.ordinal - b.ordinal) / Double(t.ordinal - b.ordinal)))
        }
        // A target on the worse side of the baseline contradicts the direction: judge by direction alone.
        let targetAgreesWithDirection = better(target, base)
        let status: IndicatorStatus
        if !targetAgreesWithDirection {
            status = better(value, base) ? .onTrack : .behind
        } else if progress >= 1 - 1e-9 {
            status = .onTrack
        } else if let expected {
            status = progress >= expected - tolerance ? .onTrack : .behind
        } else {
            status = progress > 0 ? .onTrack : .behind
        }
        return IndicatorProgress(indicatorID: indicator.id, latest: latest, progress: progress, expected: expected, status: status)
    }
}

extension ProjectDocument {
    /// Progress of every indicator, in the indicators' order.
    ///
    /// One pass over the measurements, keeping for each indicator id only where its latest measurement with a note
    /// and its latest with a value are (a large project has 100,000 measurements: grouping copies of them cost more
    /// than everything else in the summary).
    public func indicatorProgress() -> [IndicatorProgress] {
        var slots: [UUID: Int] = [:]
        slots.reserveCapacity(indicators.count)
        for indicator in indicators where slots[indicator.id] == nil { slots[indicator.id] = slots.count }
        // Per slot, the index of the latest measurement with a note and of the latest with a value; the first in the
        // document's order wins a tie, as `max(by:)` does.
        var latestNote = [Int](repeating: -1, count: slots.count)
        var latestValue = [Int](repeating: -1, count: slots.count)
        // Their days as ordinals, which is how days compare, worked out once per measurement.
        var noteDay = [Int](repeating: .min, count: slots.count)
        var valueDay = [Int](repeating: .min, count: slots.count)
        var lastID: UUID?
        var lastSlot = -1
        for k in measurements.indices {
            let id = measurements[k].indicatorID
            // Measurements mostly come in runs of one indicator: skip the hash while the id stays the same.
            if id != lastID {
                lastID = id
                lastSlot = slots[id] ?? -1
            }
            guard lastSlot >= 0 else { continue }
            let day = measurements[k].date.ordinal
            if measurements[k].value != nil, latestValue[lastSlot] < 0 || valueDay[lastSlot] < day {
                latestValue[lastSlot] = k
                valueDay[lastSlot] = day
            }
            if !measurements[k].note.isEmpty, latestNote[lastSlot] < 0 || noteDay[lastSlot] < day {
                latestNote[lastSlot] = k
                noteDay[lastSlot] = day
            }
        }
        return indicators.map { indicator in
            let slot = slots[indicator.id]!
            let latest = indicator.kind == .qualitative ? latestNote[slot] : latestValue[slot]
            return IndicatorProgress.compute(indicator, latest: latest >= 0 ? measurements[latest] : nil)
        }
    }

    /// How many of the ten impact steps are marked done, and which comes next.
    public var impactCompleteness: (done: Int, total: Int, next: ImpactStepKind?) {
        (impactSteps.filter(\.isDone).count, ImpactStepKind.allCases.count, impactSteps.first { !$0.isDone }?.kind)
    }

    /// Citizen roles taken by at least one partner, or held partly or fully in at least one activity.
    public var coveredCitizenRoles: Set<CitizenRole> {
        var roles = partners.reduce(into: Set<CitizenRole>()) { $0.formUnion($1.citizenRoles) }
        for activity in project.activities {
            for role in CitizenRole.allCases where activity.citizenRoles[role] > .not { roles.insert(role) }
        }
        return roles
    }

    /// How far citizens hold a role across the activities: the highest degree any activity gives it.
    public func activityDegree(of role: CitizenRole) -> RoleDegree {
        project.activities.map { $0.citizenRoles[role] }.max() ?? .not
    }

    /// Number of partners in each sector, in the sectors' order, empty sectors left out.
    public var partnersBySector: [(Sector, Int)] {
        Sector.allCases.compactMap { sector in
            let n = partners.reduce(0) { $0 + ($1.sector == sector ? 1 : 0) }
            return n > 0 ? (sector, n) : nil
        }
    }
}
