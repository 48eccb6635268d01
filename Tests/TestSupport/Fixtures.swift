import Foundation

/// Small builders for tests: a valid document, dates, ids you can read, a round of answers.
public enum Fixtures {
    /// A day from ISO text; stops the test run on a typo in the test itself.
    public static func day(_ iso: String) -> Day {
        guard let day = Day(parsing: iso) else { preconditionFailure("not a day: \(iso)") }
        return day
    }

    /// A readable, fixed id: `id(7)` is 00000000-0000-0000-0000-000000000007.
    public static func id(_ n: Int) -> UUID {
        UUID(uuidString: String(format: "00000000-0000-0000-0000-%012X", n))!
    }

    /// The model content fixture (4 values, 7 fields, 3 statements each).
    public static func model(_ language: Language = .nb) -> ModelContent { ModelFixture.make(language) }

    /// A project with a name, municipality, period 2025–2026 and threshold 3; no records.
    public static func minimalDocument(name: String = "Sammen mot ensomhet") -> ProjectDocument {
        ProjectDocument(project: Project(
            id: id(1), name: name, municipality: Municipality(number: "3301", name: "Drammen"),
            problem: "Eldre innvandrerkvinner blir sittende alene.", vision: "Ingen skal være ensomme i Drammen.",
            period: Period(start: day("2025-01-01"), end: day("2026-12-31")), anonymityThreshold: 3))
    }

    /// A valid document with one record of every kind: two partners, a goal, a sub-goal, a quantitative and a
    /// qualitative indicator with measurements, an evaluation, and a round of two respondents.
    public static func smallDocument(model: ModelContent = model()) -> ProjectDocument {
        var doc = minimalDocument()
        let nav = Partner(id: id(10), name: "NAV Drammen", sector: .publicAgency,
                          contact: Contact(person: "Åse Bjørnstad", email: "ase.bjornstad@nav.example.no"),
                          anchorPoints: [AnchorPoint(id: id(11), direction: .up, text: "Vedtak i formannskapet 12.3.2025")])
        let users = Partner(id: id(20), name: "Brukerrådet", sector: .citizens, citizenRoles: [.coDesigner, .coImplementer])
        doc.partners = [nav, users]
        doc.goals = [Goal(id: id(30), text: "Flere møteplasser", position: 0)]
        doc.subGoals = [SubGoal(id: id(31), partnerID: nav.id, text: "Flere i arbeid")]
        let count = Indicator(id: id(40), name: "Antall deltakere", level: .output, unit: "deltakere",
                              baseline: ReferencePoint(value: 10, date: day("2025-01-01")),
                              target: ReferencePoint(value: 50, date: day("2026-12-31")), isKey: true)
        let story = Indicator(id: id(41), name: "Deltakernes fortellinger", level: .outcome, kind: .qualitative)
        doc.indicators = [count, story]
        doc.measurements = [Measurement(id: id(50), indicatorID: count.id, date: day("2025-06-01"), value: 20),
                            Measurement(id: id(51), indicatorID: story.id, date: day("2025-06-01"), note: "Flere ler nå.")]
        doc.evaluations = [EvaluationEntry(id: id(60), date: day("2025-07-01"), learned: "Kveldstid passer best",
                                           indicatorIDs: [count.id])]
        let round = AssessmentRound(id: id(70), date: day("2025-03-01"), label: "Oppstart")
        doc.rounds = [round]
        doc.respondents = [Respondent(id: id(71), roundID: round.id, partnerID: nav.id),
                           Respondent(id: id(72), roundID: round.id, label: "Deltaker 1")]
        let statements = model.allDimensions.flatMap(\.statements)
        doc.answers = doc.respondents.enumerated().flatMap { r, respondent in
            statements.enumerated().map { s, statement in
                Answer(id: id(1000 + r * 100 + s), roundID: round.id, respondentID: respondent.id, statementID: statement.id,
                       experience: 2 + r, importance: 4)
            }
        }
        return doc
    }

    /// A document with one round (id `id(70)`) of `respondents` anonymous respondents (ids `id(100 + i)`), each
    /// answering every statement of the model with `score(respondentIndex, statementID)`:
    /// (experience, importance), or nil for "don't know".
    public static func documentWithRound(respondents: Int, model: ModelContent = model(), threshold: Int = 3,
                                         score: (Int, String) -> (Int?, Int?)? = { _, _ in (3, 4) }) -> ProjectDocument {
        var doc = minimalDocument()
        doc.project.anonymityThreshold = threshold
        let round = AssessmentRound(id: id(70), date: day("2025-03-01"), label: "Oppstart")
        doc.rounds = [round]
        doc.respondents = (0..<respondents).map { Respondent(id: id(100 + $0), roundID: round.id, label: "Deltaker \($0 + 1)") }
        var answerNumber = 10_000
        for (r, respondent) in doc.respondents.enumerated() {
            for statement in model.allDimensions.flatMap(\.statements) {
                answerNumber += 1
                let s = score(r, statement.id)
                doc.answers.append(Answer(id: id(answerNumber), roundID: round.id, respondentID: respondent.id,
                                          statementID: statement.id, experience: s?.0, importance: s?.1, dontKnow: s == nil))
            }
        }
        return doc
    }
}
