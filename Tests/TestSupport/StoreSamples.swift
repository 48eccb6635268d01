import Foundation
import SamskapCore

/// Documents for the store's tests: one that fills every field the file keeps (and leaves the optional ones empty
/// somewhere), with fixed ids so that fixtures and expectations stay stable.
public enum StoreSamples {
    /// A fixed id from a number.
    public static func id(_ n: Int) -> UUID {
        UUID(uuidString: String(format: "5A4D5300-0000-4000-8000-%012X", n))!
    }

    /// Every kind of record, every field set somewhere, æøå and emoji in texts.
    public static func full() -> ProjectDocument {
        let day = { (iso: String) in Day(parsing: iso)! }
        let project = Project(
            id: id(1), name: "Bolig først – Ålesund 🏠", municipality: Municipality(number: "1508", name: "Ålesund"),
            problem: "Familier bor for lenge i midlertidige boliger.", vision: "Alle barn har et trygt hjem.",
            period: Period(start: day("2025-01-01"), end: nil), circlePhase: .people,
            phaseHistory: [PhaseChange(date: day("2025-01-01"), phase: .map), PhaseChange(date: day("2025-04-01"), phase: .people)],
            cell: MatrixCell(planning: .together, delivery: .civilSociety),
            staircase: [StaircasePosition(id: id(2), area: "Helse og omsorg", step: .ambitious)],
            targetGroups: [TargetGroup(id: id(3), name: "Barnefamilier", description: "Om lag 40 familier")],
            activities: [Activity(id: id(4), name: "Boligkafé", description: "Hver tirsdag",
                                  cell: MatrixCell(planning: .together, delivery: .together)),
                         Activity(id: id(5), name: "Kartlegging")],
            theoryOfChange: "Når familiene får bolig, får barna ro.", anonymityThreshold: 4)
        let partners = [
            Partner(id: id(10), name: "Ålesund kommune", sector: .municipality,
                    contact: Contact(person: "Kari Nordmann", role: "Rådgiver", email: "kari@example.no", phone: "+47 900 00 000"),
                    resources: "Tid og lokaler", competences: "Bolig", ownAgenda: "Færre i midlertidig bolig",
                    citizenRoles: [], anchorPoints: [AnchorPoint(id: id(11), direction: .up, text: "Vedtak i formannskapet 12.3.2025")]),
            Partner(id: id(12), name: "Leieboerforeningen", sector: .civilSociety, citizenRoles: [.coDesigner, .coInitiator]),
            Partner(id: id(13), name: "Familie Hansen", sector: .citizens, citizenRoles: [.coImplementer]),
        ]
        let indicators = [
            Indicator(id: id(20), name: "Familier i egen bolig", level: .outcome, unit: "familier", method: "Register",
                      dataSource: "Kommunens fagsystem", responsiblePartnerID: id(10), frequency: .quarterly,
                      baseline: ReferencePoint(value: 3, date: day("2025-01-15")),
                      target: ReferencePoint(value: 30.5, date: day("2027-12-31")), isKey: true, catalogueID: "housing.families"),
            Indicator(id: id(21), name: "Opplevd trygghet", level: .impact, kind: .qualitative, direction: .lowerIsBetter,
                      frequency: .yearly),
        ]
        let measurements = [
            Measurement(id: id(30), indicatorID: id(20), date: day("2025-03-31"), value: 5, source: "Fagsystem"),
            Measurement(id: id(31), indicatorID: id(20), date: day("2025-06-30"), value: -0.25, comment: "Rettet tall"),
            Measurement(id: id(32), indicatorID: id(21), date: day("2025-06-30"), note: "Barna sover bedre"),
        ]
        let evaluations = [
            EvaluationEntry(id: id(40), date: day("2025-07-01"), learned: "Tidlig kontakt virker", adjusted: "Flere møter",
                            wentWrong: "Vi mistet to familier", indicatorIDs: [id(21), id(20)]),
            EvaluationEntry(id: id(41), date: day("2025-08-01")),
        ]
        let rounds = [AssessmentRound(id: id(50), date: day("2025-02-01"), label: "Oppstart", isClosed: true),
                      AssessmentRound(id: id(51), date: day("2025-09-01"), label: "Høst 2025")]
        let respondents = [Respondent(id: id(60), roundID: id(50), partnerID: id(10)),
                           Respondent(id: id(61), roundID: id(50), label: "Deltaker 2"),
                           Respondent(id: id(62), roundID: id(51), partnerID: id(12))]
        let answers = [
            Answer(id: id(70), roundID: id(50), respondentID: id(60), statementID: "democracy.1", experience: 4, importance: 5),
            Answer(id: id(71), roundID: id(50), respondentID: id(61), statementID: "democracy.1", dontKnow: true, comment: "Vet ikke"),
            Answer(id: id(72), roundID: id(51), respondentID: id(62), statementID: "trust.2", experience: 2, importance: 4),
        ]
        return ProjectDocument(
            project: project, partners: partners,
            goals: [Goal(id: id(80), text: "Færre barn i midlertidig bolig", position: 0), Goal(id: id(81), text: "Bedre helse", position: 1)],
            subGoals: [SubGoal(id: id(90), partnerID: id(12), text: "Flere medlemmer"), SubGoal(id: id(91), partnerID: id(10), text: "Lavere kostnader")],
            impactSteps: [ImpactStep(kind: .problem, isDone: true), ImpactStep(kind: .targetGroups, content: "Fem familier")],
            indicators: indicators, measurements: measurements, evaluations: evaluations, rounds: rounds,
            respondents: respondents, answers: answers, workshop: workshop())
    }

    /// A workshop agenda with every field of a screen set somewhere, standing on its second screen.
    static func workshop() -> WorkshopAgenda {
        WorkshopAgenda(
            screens: [WorkshopScreen(id: id(100), kind: .title, notes: "Ønsk velkommen 👋"),
                      WorkshopScreen(id: id(101), kind: .rating, roundID: id(51), previousRoundID: id(50), isRevealed: true,
                                     allOnOneScreen: false, isShortRound: false, expectedCount: 12),
                      WorkshopScreen(id: id(102), kind: .indicators, indicatorID: id(20), resultLevel: "outcome", seconds: 90),
                      WorkshopScreen(id: id(103), kind: .mentalRooms, roomCounts: [2, 0, 1, 5], roomNotes: ["Ventetid", "", "", "Boligkafé"],
                                     decisions: "Vi møtes igjen i mars")],
            currentScreenID: id(101), shortRoundStatements: ["democracy.1", "trust.2"],
            groups: [WorkshopGroup(name: "Innbyggere og frivillige", sectors: [.citizens, .civilSociety]),
                     WorkshopGroup(name: "Kommunen og NAV", sectors: [.municipality, .publicAgency])],
            theme: .contrast)
    }
}
