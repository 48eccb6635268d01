import Foundation
import SamskapCore
import TestSupport

/// Random but valid edits of a document, for comparing the file with `ProjectDocument.apply`.
enum RandomEdits {
    static func next(in d: ProjectDocument, _ rng: inout SeededRandom, step: Int) -> Change {
        let day = Day(year: 2025, month: 1, day: 1)!.adding(days: Int.random(in: 0..<900, using: &rng))
        let newID = UUID(uuidString: String(format: "7E570000-0000-4000-8000-%012X", step))!
        switch Int.random(in: 0..<16, using: &rng) {
        case 0: return .upsertPartner(Partner(id: newID, name: "Aktør \(step)", sector: Sector.allCases.randomElement(using: &rng)!,
                                              citizenRoles: Bool.random(using: &rng) ? [.coDesigner] : []))
        case 1: if let p = d.partners.randomElement(using: &rng) { return .deletePartner(p.id) }
        case 2: if let p = d.partners.randomElement(using: &rng) { return .upsertSubGoal(SubGoal(id: newID, partnerID: p.id, text: "Delmål \(step)")) }
        case 3: return .upsertGoal(Goal(id: newID, text: "Mål \(step)", position: Int.random(in: 0..<4, using: &rng)))
        case 4: return .upsertIndicator(Indicator(id: newID, name: "Indikator \(step)", level: .output,
                                                  responsiblePartnerID: d.partners.randomElement(using: &rng)?.id,
                                                  baseline: ReferencePoint(value: Double(step), date: day)))
        case 5: if let i = d.indicators.randomElement(using: &rng) { return .deleteIndicator(i.id) }
        case 6, 7: if let i = d.indicators.randomElement(using: &rng) {
            return .upsertMeasurement(SamskapCore.Measurement(id: newID, indicatorID: i.id, date: day, value: Double(step) / 3))
        }
        case 8: return .upsertEvaluation(EvaluationEntry(id: newID, date: day, learned: "Lærte \(step)",
                                                         indicatorIDs: d.indicators.shuffled(using: &rng).prefix(2).map(\.id)))
        case 9: return .upsertRound(AssessmentRound(id: newID, date: day, label: "Runde \(step)"))
        case 10: if let r = d.rounds.randomElement(using: &rng) {
            return .upsertRespondent(Respondent(id: newID, roundID: r.id, partnerID: d.partners.randomElement(using: &rng)?.id))
        }
        case 11: if let r = d.respondents.randomElement(using: &rng) {
            return .upsertAnswer(Answer(id: newID, roundID: r.roundID, respondentID: r.id, statementID: "s.\(step % 5)",
                                        experience: Int.random(in: 1...5, using: &rng), importance: 3))
        }
        case 12: if let r = d.rounds.randomElement(using: &rng), Int.random(in: 0..<3, using: &rng) == 0 { return .deleteRound(r.id) }
        case 13: if let r = d.respondents.randomElement(using: &rng) { return .deleteRespondent(r.id) }
        case 14:
            // Undo of a random delete, with its restores.
            if let p = d.partners.randomElement(using: &rng), let m = d.measurements.randomElement(using: &rng) {
                let change: Change = Bool.random(using: &rng) ? .deletePartner(p.id) : .deleteMeasurement(m.id)
                let inverse = d.inverse(of: change)
                return inverse.count == 1 ? inverse[0] : change
            }
        default: return .setImpactStep(ImpactStep(kind: ImpactStepKind.allCases.randomElement(using: &rng)!, content: "Steg \(step)", isDone: true))
        }
        return .setImpactStep(ImpactStep(kind: .problem, content: "Steg \(step)"))
    }
}
