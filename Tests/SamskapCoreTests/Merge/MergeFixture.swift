import Foundation
import SamskapCore

/// A small project with one of everything, and helpers to let a copy of it diverge.
enum MergeFixture {
    static func day(_ text: String) -> Day { Day(parsing: text)! }

    /// A project with two partners, a goal, a sub-goal, two indicators with measurements, an evaluation and one
    /// answered round.
    static func base() -> ProjectDocument {
        let kommune = Partner(name: "Bø kommune", sector: .municipality)
        let frivillig = Partner(name: "Frivilligsentralen", sector: .civilSociety)
        let familier = Indicator(name: "Familier i egen bolig", level: .outcome, unit: "familier")
        let trygghet = Indicator(name: "Opplevd trygghet", level: .impact, kind: .qualitative)
        let round = AssessmentRound(date: day("2026-01-15"), label: "Oppstart")
        let respondents = [kommune, frivillig].map { Respondent(roundID: round.id, partnerID: $0.id) }
        let answers = respondents.flatMap { r in
            ["likeverd-1", "likeverd-2", "mal-1"].map { Answer(roundID: round.id, respondentID: r.id, statementID: $0, experience: 3, importance: 4) }
        }
        return ProjectDocument(
            project: Project(name: "Bolig først i Bø"),
            partners: [kommune, frivillig],
            goals: [Goal(text: "Alle familier bor trygt", position: 0)],
            subGoals: [SubGoal(partnerID: frivillig.id, text: "Flere frivillige")],
            indicators: [familier, trygghet],
            measurements: [Measurement(indicatorID: familier.id, date: day("2026-01-01"), value: 4),
                           Measurement(indicatorID: trygghet.id, date: day("2026-02-01"), note: "Tryggere i oppgangen")],
            evaluations: [EvaluationEntry(date: day("2026-02-10"), learned: "Møt folk der de er", indicatorIDs: [familier.id])],
            rounds: [round], respondents: respondents, answers: answers)
    }

    /// The changes another machine makes: a new round answered by both partners and one anonymous participant.
    static func answeredRound(on document: ProjectDocument, statements: [String] = ["likeverd-1", "likeverd-2", "mal-1"]) -> ProjectDocument {
        var copy = document
        let round = AssessmentRound(date: day("2026-06-01"), label: "Høst")
        copy.apply(.upsertRound(round))
        var respondents = document.partners.map { Respondent(roundID: round.id, partnerID: $0.id) }
        respondents.append(Respondent(roundID: round.id, label: "Deltaker 1"))
        for r in respondents {
            copy.apply(.upsertRespondent(r))
            for s in statements { copy.apply(.upsertAnswer(Answer(roundID: round.id, respondentID: r.id, statementID: s, experience: 4, importance: 5))) }
        }
        return copy
    }
}
