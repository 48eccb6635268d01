import Foundation
import TestSupport
@testable import SamskapCore

/// Small random documents and random changes for the property tests: consistent links, a few orphans,
/// goals sharing positions, and changes of every kind (new, edited, deleted, missing, restored).
enum RandomDocument {
    static func make(_ rng: inout SeededRandom) -> ProjectDocument {
        var doc = ProjectDocument(project: Project(id: rng.uuid(), name: "Prosjekt \(rng.next() % 100)"))
        doc.partners = (0..<Int.random(in: 0...5, using: &rng)).map { _ in partner(&rng) }
        doc.goals = (0..<Int.random(in: 0...4, using: &rng)).map { _ in goal(&rng) }
            .sorted { $0.position < $1.position }
        let partnerIDs = doc.partners.map(\.id) + [rng.uuid()] // one orphan link now and then
        doc.subGoals = (0..<Int.random(in: 0...6, using: &rng)).map { _ in
            SubGoal(id: rng.uuid(), partnerID: rng.pick(partnerIDs), text: "delmål \(rng.next() % 9)")
        }
        doc.indicators = (0..<Int.random(in: 0...4, using: &rng)).map { _ in indicator(partnerIDs, &rng) }
        let indicatorIDs = doc.indicators.map(\.id) + [rng.uuid()]
        doc.measurements = (0..<Int.random(in: 0...10, using: &rng)).map { _ in measurement(indicatorIDs, &rng) }
        doc.evaluations = (0..<Int.random(in: 0...3, using: &rng)).map { _ in
            EvaluationEntry(id: rng.uuid(), date: day(&rng), learned: "lærte",
                            indicatorIDs: (0..<Int.random(in: 0...3, using: &rng)).map { _ in rng.pick(indicatorIDs) })
        }
        doc.rounds = (0..<Int.random(in: 0...3, using: &rng)).map { _ in round(&rng) }
        let roundIDs = doc.rounds.map(\.id) + [rng.uuid()]
        doc.respondents = (0..<Int.random(in: 0...6, using: &rng)).map { _ in respondent(roundIDs, partnerIDs, &rng) }
        let respondents = doc.respondents
        doc.answers = (0..<Int.random(in: 0...12, using: &rng)).compactMap { _ in
            respondents.isEmpty ? nil : answer(rng.pick(respondents), &rng)
        }
        for i in doc.impactSteps.indices where rng.chance(0.3) { doc.impactSteps[i].isDone = true }
        return doc
    }

    /// A random change that makes sense against the document (or deliberately does not: missing ids).
    static func change(for doc: ProjectDocument, _ rng: inout SeededRandom) -> Change {
        let partnerIDs = doc.partners.map(\.id) + [rng.uuid()], indicatorIDs = doc.indicators.map(\.id) + [rng.uuid()]
        let roundIDs = doc.rounds.map(\.id) + [rng.uuid()]
        func existing<T: Identifiable>(_ list: [T]) -> UUID where T.ID == UUID {
            list.isEmpty || rng.chance(0.1) ? rng.uuid() : rng.pick(list).id
        }
        func reuse<T: Identifiable>(_ list: [T], _ fresh: T) -> T where T.ID == UUID {
            // Half the upserts edit an existing record: same id, new content.
            guard !list.isEmpty, rng.chance(0.5) else { return fresh }
            return withID(fresh, rng.pick(list).id)
        }
        switch Int.random(in: 0..<21, using: &rng) {
        case 0: return .setProject(Project(id: doc.project.id, name: "Omdøpt \(rng.next() % 10)", anonymityThreshold: 4))
        case 1: return .upsertPartner(reuse(doc.partners, partner(&rng)))
        case 2: return .deletePartner(existing(doc.partners))
        case 3: return .upsertGoal(reuse(doc.goals, goal(&rng)))
        case 4: return .deleteGoal(existing(doc.goals))
        case 5: return .upsertSubGoal(reuse(doc.subGoals, SubGoal(id: rng.uuid(), partnerID: rng.pick(partnerIDs), text: "ny")))
        case 6: return .deleteSubGoal(existing(doc.subGoals))
        case 7: return .setImpactStep(ImpactStep(kind: rng.pick(ImpactStepKind.allCases), content: "endret", isDone: rng.chance(0.5)))
        case 8: return .upsertIndicator(reuse(doc.indicators, indicator(partnerIDs, &rng)))
        case 9: return .deleteIndicator(existing(doc.indicators))
        case 10: return .upsertMeasurement(reuse(doc.measurements, measurement(indicatorIDs, &rng)))
        case 11: return .deleteMeasurement(existing(doc.measurements))
        case 12: return .upsertEvaluation(reuse(doc.evaluations, EvaluationEntry(id: rng.uuid(), date: day(&rng), indicatorIDs: [rng.pick(indicatorIDs)])))
        case 13: return .deleteEvaluation(existing(doc.evaluations))
        case 14: return .upsertRound(reuse(doc.rounds, round(&rng)))
        case 15: return .deleteRound(existing(doc.rounds))
        case 16: return .upsertRespondent(reuse(doc.respondents, respondent(roundIDs, partnerIDs, &rng)))
        case 17: return .deleteRespondent(existing(doc.respondents))
        case 18:
            let r = doc.respondents.isEmpty ? respondent(roundIDs, partnerIDs, &rng) : rng.pick(doc.respondents)
            return .upsertAnswer(reuse(doc.answers, answer(r, &rng)))
        case 19: return .deleteAnswer(existing(doc.answers))
        default:
            // A restore that moves or inserts a record at a random index; its inverse must move it back.
            let inner: Change = rng.chance(0.5) ? .upsertPartner(reuse(doc.partners, partner(&rng)))
                                                : .upsertGoal(reuse(doc.goals, goal(&rng)))
            return .restore(inner, at: Int.random(in: -1...6, using: &rng))
        }
    }

    /// The record with another id (the model types have `var id`, but `Identifiable` does not promise it).
    private static func withID<T>(_ record: T, _ id: UUID) -> T {
        switch record {
        case var x as Partner: x.id = id; return x as! T
        case var x as Goal: x.id = id; return x as! T
        case var x as SubGoal: x.id = id; return x as! T
        case var x as Indicator: x.id = id; return x as! T
        case var x as SamskapCore.Measurement: x.id = id; return x as! T
        case var x as EvaluationEntry: x.id = id; return x as! T
        case var x as AssessmentRound: x.id = id; return x as! T
        case var x as Respondent: x.id = id; return x as! T
        case var x as Answer: x.id = id; return x as! T
        default: preconditionFailure("no id setter for \(T.self)")
        }
    }

    private static func day(_ rng: inout SeededRandom) -> Day { Day(ordinal: 19_000 + Int.random(in: 0...1_500, using: &rng)) }

    private static func partner(_ rng: inout SeededRandom) -> Partner {
        Partner(id: rng.uuid(), name: "Partner \(rng.next() % 50)", sector: rng.pick(Sector.allCases),
                citizenRoles: Set(CitizenRole.allCases.filter { _ in rng.chance(0.3) }),
                anchorPoints: rng.chance(0.5) ? [AnchorPoint(id: rng.uuid(), direction: .up, text: "vedtak")] : [])
    }

    private static func goal(_ rng: inout SeededRandom) -> Goal {
        Goal(id: rng.uuid(), text: "mål \(rng.next() % 20)", position: Int.random(in: 0...3, using: &rng))
    }

    private static func indicator(_ partnerIDs: [UUID], _ rng: inout SeededRandom) -> Indicator {
        Indicator(id: rng.uuid(), name: "indikator \(rng.next() % 30)", level: rng.pick(IndicatorLevel.allCases),
                  responsiblePartnerID: rng.chance(0.5) ? rng.pick(partnerIDs) : nil,
                  baseline: ReferencePoint(value: Double(rng.next() % 100)))
    }

    private static func measurement(_ indicatorIDs: [UUID], _ rng: inout SeededRandom) -> SamskapCore.Measurement {
        Measurement(id: rng.uuid(), indicatorID: rng.pick(indicatorIDs), date: day(&rng), value: Double(rng.next() % 100))
    }

    private static func round(_ rng: inout SeededRandom) -> AssessmentRound {
        AssessmentRound(id: rng.uuid(), date: day(&rng), label: "runde \(rng.next() % 9)")
    }

    private static func respondent(_ roundIDs: [UUID], _ partnerIDs: [UUID], _ rng: inout SeededRandom) -> Respondent {
        Respondent(id: rng.uuid(), roundID: rng.pick(roundIDs), partnerID: rng.chance(0.5) ? rng.pick(partnerIDs) : nil, label: "R")
    }

    private static func answer(_ r: Respondent, _ rng: inout SeededRandom) -> Answer {
        Answer(id: rng.uuid(), roundID: r.roundID, respondentID: r.id, statementID: "openness.\(Int.random(in: 1...3, using: &rng))",
               experience: Int.random(in: 1...5, using: &rng), importance: Int.random(in: 1...5, using: &rng))
    }
}
