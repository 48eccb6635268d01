import FoundationEssentials
import SamskapCore

/// The rules a project file enforces by its keys, checked on an imported document before anything is written:
/// every id once per list, every reference resolving. The first problem is reported, by its place in the file.
enum ExchangeValidator {
    private static let partner = LocalizedText("the partner")
    private static let indicator = LocalizedText("the indicator")
    private static let round = LocalizedText("the round")
    private static let respondent = LocalizedText("the respondent")

    static func check(_ d: ProjectDocument) throws {
        let partners = try unique(d.partners, "partners")
        _ = try unique(d.goals, "goals")
        _ = try unique(d.subGoals, "subGoals")
        let indicators = try unique(d.indicators, "indicators")
        _ = try unique(d.measurements, "measurements")
        _ = try unique(d.evaluations, "evaluations")
        let rounds = try unique(d.rounds, "rounds")
        let respondents = try unique(d.respondents, "respondents")
        _ = try unique(d.answers, "answers")
        _ = try unique(d.workshop?.screens ?? [], "workshop.screens")
        var kinds: [ImpactStepKind: Int] = [:]
        for (i, step) in d.impactSteps.enumerated() {
            if let first = kinds[step.kind] {
                throw ExchangeError(path: "impactSteps[\(i)].kind", problem: .duplicateStep(step.kind.rawValue, firstAt: "impactSteps[\(first)]"))
            }
            kinds[step.kind] = i
        }

        func require(_ id: UUID, in set: Set<UUID>, _ path: String, _ kind: LocalizedText) throws {
            if !set.contains(id) { throw ExchangeError(path: path, problem: .unknownReference(kind: kind, id: id)) }
        }
        for (i, s) in d.subGoals.enumerated() { try require(s.partnerID, in: partners, "subGoals[\(i)].partnerID", partner) }
        for (i, x) in d.indicators.enumerated() {
            if let p = x.responsiblePartnerID { try require(p, in: partners, "indicators[\(i)].responsiblePartnerID", partner) }
        }
        for (i, m) in d.measurements.enumerated() { try require(m.indicatorID, in: indicators, "measurements[\(i)].indicatorID", indicator) }
        for (i, e) in d.evaluations.enumerated() {
            for (j, x) in e.indicatorIDs.enumerated() { try require(x, in: indicators, "evaluations[\(i)].indicatorIDs[\(j)]", indicator) }
        }
        for (i, r) in d.respondents.enumerated() {
            try require(r.roundID, in: rounds, "respondents[\(i)].roundID", round)
            if let p = r.partnerID { try require(p, in: partners, "respondents[\(i)].partnerID", partner) }
        }
        for (i, a) in d.answers.enumerated() {
            try require(a.roundID, in: rounds, "answers[\(i)].roundID", round)
            try require(a.respondentID, in: respondents, "answers[\(i)].respondentID", respondent)
        }
        // A screen about a round or an indicator the project lacks would show "no round" in the middle of a workshop.
        for (i, s) in (d.workshop?.screens ?? []).enumerated() {
            let place = "workshop.screens[\(i)]"
            if let r = s.roundID { try require(r, in: rounds, "\(place).roundID", round) }
            if let r = s.previousRoundID { try require(r, in: rounds, "\(place).previousRoundID", round) }
            if let x = s.indicatorID { try require(x, in: indicators, "\(place).indicatorID", indicator) }
            if let level = s.resultLevel, IndicatorLevel(rawValue: level) == nil {
                throw ExchangeError(path: "\(place).resultLevel", problem: .unknownValue(level))
            }
        }
    }

    /// The ids of the list; throws at the second use of an id.
    private static func unique<T: Identifiable>(_ list: [T], _ name: String) throws -> Set<UUID> where T.ID == UUID {
        var seen: [UUID: Int] = [:]
        seen.reserveCapacity(list.count)
        for (i, item) in list.enumerated() {
            if let first = seen[item.id] {
                throw ExchangeError(path: "\(name)[\(i)].id", problem: .duplicateID(item.id, firstAt: "\(name)[\(first)]"))
            }
            seen[item.id] = i
        }
        return Set(seen.keys)
    }
}
