import Foundation
import SamskapCore
import SamskapGraphics
import TestSupport

/// Documents for the chart tests: a rich one with æøå, long names and three rounds, and empty ones.
enum ChartFixtures {
    static let longName = "Stiftelsen for inkludering, likeverd og bolig for alle i Ålesund, Giske og Sula kommuner (SILBA)"

    static func model(_ language: Language = .nb) -> ModelContent { Fixtures.model(language) }

    /// A project with three rounds, partners in most sectors, indicators at every level and placed activities.
    static func rich(model: ModelContent = model()) -> ProjectDocument {
        var doc = Fixtures.minimalDocument(name: "Boligløftet – sammen om egen bolig på Øyane")
        doc.project.cell = MatrixCell(planning: .together, delivery: .together)
        doc.project.activities = [
            Activity(id: Fixtures.id(200), name: "Boligkafé hver tirsdag", cell: MatrixCell(planning: .together, delivery: .together)),
            Activity(id: Fixtures.id(201), name: "Leiekontrakt-verksted med Husbanken og frivillige jurister", cell: MatrixCell(planning: .professionals, delivery: .together)),
            Activity(id: Fixtures.id(202), name: "Flyttehjelp", cell: MatrixCell(planning: .civilSociety, delivery: .civilSociety)),
            Activity(id: Fixtures.id(203), name: "Økonomirådgivning", cell: MatrixCell(planning: .together, delivery: .professionals)),
            Activity(id: Fixtures.id(204), name: "Nabolagsvert", cell: MatrixCell(planning: .together, delivery: .together)),
            Activity(id: Fixtures.id(205), name: "Ikke plassert ennå"),
        ]
        doc.project.staircase = [
            StaircasePosition(id: Fixtures.id(210), area: "Helse og omsorg", step: .ambitious),
            StaircasePosition(id: Fixtures.id(211), area: "NAV-kontoret", step: .inviting),
            StaircasePosition(id: Fixtures.id(212), area: "Oppvekst", step: .curious),
            StaircasePosition(id: Fixtures.id(213), area: "Bolig- og eiendomsforvaltning med kommunale utleieboliger", step: .mature),
            StaircasePosition(id: Fixtures.id(214), area: "Kultur og frivillighet", step: .coCreating),
            StaircasePosition(id: Fixtures.id(215), area: "Plan og bygg", step: .curious),
        ]
        doc.partners = [
            Partner(id: Fixtures.id(10), name: "Ålesund kommune, boligkontoret", sector: .municipality),
            Partner(id: Fixtures.id(11), name: "NAV Ålesund", sector: .publicAgency),
            Partner(id: Fixtures.id(12), name: "Husbanken", sector: .publicAgency),
            Partner(id: Fixtures.id(13), name: longName, sector: .socialEntrepreneur, citizenRoles: [.coDesigner]),
            Partner(id: Fixtures.id(14), name: "Frivilligsentralen på Øyane", sector: .civilSociety, citizenRoles: [.coImplementer]),
            Partner(id: Fixtures.id(15), name: "Leietakerforeningen", sector: .civilSociety, citizenRoles: [.coInitiator, .coDesigner]),
            Partner(id: Fixtures.id(16), name: "Brukerrådet for bostedsløse", sector: .citizens, citizenRoles: [.coInitiator, .coDesigner, .coImplementer]),
            Partner(id: Fixtures.id(17), name: "Sparebanken Møre", sector: .business),
            Partner(id: Fixtures.id(18), name: "NTNU i Ålesund", sector: .research),
        ]
        let d = Fixtures.day
        doc.indicators = [
            Indicator(id: Fixtures.id(40), name: "Familier som har flyttet til egen bolig", level: .output, unit: "familier",
                      baseline: ReferencePoint(value: 4, date: d("2025-01-01")), target: ReferencePoint(value: 40, date: d("2026-12-31")), isKey: true),
            Indicator(id: Fixtures.id(41), name: "Deltakere på boligkafé", level: .output, unit: "deltakere",
                      baseline: ReferencePoint(value: 0, date: d("2025-01-01")), target: ReferencePoint(value: 300, date: d("2026-06-30"))),
            Indicator(id: Fixtures.id(42), name: "Gjennomsnittlig ventetid på kommunal bolig", level: .outcome, unit: "uker",
                      direction: .lowerIsBetter, baseline: ReferencePoint(value: 30, date: d("2025-01-01")),
                      target: ReferencePoint(value: 12, date: d("2026-12-31"))),
            Indicator(id: Fixtures.id(43), name: "Hvordan beboerne opplever nabolaget", level: .outcome, kind: .qualitative),
            Indicator(id: Fixtures.id(44), name: "Bor fortsatt i egen bolig etter ett år", level: .impact, unit: "%",
                      baseline: ReferencePoint(value: 55), target: ReferencePoint(value: 80, date: d("2027-12-31"))),
            Indicator(id: Fixtures.id(45), name: "Sparte utgifter til midlertidig bolig", level: .societal, unit: "kr",
                      baseline: ReferencePoint(value: 0, date: d("2025-01-01")), target: ReferencePoint(value: 2_000_000, date: d("2027-12-31"))),
        ]
        doc.measurements = [
            Measurement(id: Fixtures.id(300), indicatorID: Fixtures.id(40), date: d("2025-04-01"), value: 9),
            Measurement(id: Fixtures.id(301), indicatorID: Fixtures.id(40), date: d("2025-09-01"), value: 15),
            Measurement(id: Fixtures.id(302), indicatorID: Fixtures.id(40), date: d("2026-02-01"), value: 24),
            Measurement(id: Fixtures.id(303), indicatorID: Fixtures.id(41), date: d("2025-06-01"), value: 40),
            Measurement(id: Fixtures.id(304), indicatorID: Fixtures.id(41), date: d("2026-01-01"), value: 90),
            Measurement(id: Fixtures.id(305), indicatorID: Fixtures.id(42), date: d("2025-06-01"), value: 28),
            Measurement(id: Fixtures.id(306), indicatorID: Fixtures.id(42), date: d("2026-01-01"), value: 19),
            Measurement(id: Fixtures.id(307), indicatorID: Fixtures.id(43), date: d("2025-05-01"), note: "Flere hilser på hverandre i oppgangen."),
            Measurement(id: Fixtures.id(308), indicatorID: Fixtures.id(43), date: d("2025-11-01"), note: "Beboerne har startet en dugnadsgruppe på egen hånd, og vaktmesteren merker færre klager."),
            Measurement(id: Fixtures.id(309), indicatorID: Fixtures.id(45), date: d("2025-12-31"), value: 350_000),
        ]
        let rounds = [AssessmentRound(id: Fixtures.id(70), date: d("2025-02-01"), label: "Oppstart", isClosed: true),
                      AssessmentRound(id: Fixtures.id(71), date: d("2025-09-15"), label: "Høst 2025", isClosed: true),
                      AssessmentRound(id: Fixtures.id(72), date: d("2026-03-10"), label: "Vår 2026")]
        doc.rounds = rounds
        let partnerIDs: [UUID?] = [Fixtures.id(10), Fixtures.id(11), Fixtures.id(13), Fixtures.id(16), nil, nil]
        var n = 0
        for (ri, round) in rounds.enumerated() {
            for (pi, partner) in partnerIDs.enumerated() {
                let respondent = Respondent(id: Fixtures.id(1000 + ri * 10 + pi), roundID: round.id, partnerID: partner,
                                            label: partner == nil ? "Deltaker \(pi + 1)" : "")
                doc.respondents.append(respondent)
                for (di, dim) in model.allDimensions.enumerated() {
                    for (si, statement) in dim.statements.enumerated() {
                        n += 1
                        // Deterministic scores: rising over rounds, a spread that differs by dimension.
                        let base = 2 + (di + ri) % 3 + (si == 0 && ri > 0 ? 1 : 0)
                        let wobble = (pi * (di % 4)) % 3 - 1
                        let experience = min(5, max(1, base + wobble))
                        let importance = min(5, 3 + (di % 3))
                        doc.answers.append(Answer(id: Fixtures.id(100_000 + n), roundID: round.id, respondentID: respondent.id,
                                                  statementID: statement.id, experience: experience, importance: importance,
                                                  dontKnow: di == 5 && pi == 4))
                    }
                }
            }
        }
        return doc
    }

    /// Only a name: every chart must show its empty state.
    static func empty() -> ProjectDocument { Fixtures.minimalDocument() }

    static func richData(_ language: Language = .nb, selection: ChartSelection = ChartSelection()) -> ChartData {
        ChartData(document: rich(model: model(language)), model: model(language), selection: selection)
    }

    static func emptyData(_ language: Language = .nb) -> ChartData {
        ChartData(document: empty(), model: model(language))
    }
}
