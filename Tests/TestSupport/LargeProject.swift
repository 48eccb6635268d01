import Foundation

/// A big, deterministic, realistic-looking project for the benchmarks of the store, the charts and the report.
///
/// Norwegian names with æøå, partners in every sector, indicators at every level, four years of dates
/// (2021–2024), every respondent answering every statement with a few "don't know".
public enum LargeProject {
    /// The project's first and last day.
    public static let period = Period(start: Day(year: 2021, month: 1, day: 1), end: Day(year: 2024, month: 12, day: 31))

    /// Builds the project; the same arguments give the same document, ids included.
    public static func make(model: ModelContent, partners: Int = 200, indicators: Int = 1_000, measurements: Int = 100_000,
                            rounds: Int = 20, respondentsPerRound: Int = 30, seed: UInt64 = 42) -> ProjectDocument {
        var rng = SeededRandom(seed: seed)
        let start = period.start!.ordinal, end = period.end!.ordinal
        var doc = ProjectDocument(project: project(&rng))
        doc.partners = (0..<partners).map { partner($0, &rng) }
        doc.goals = Words.goals.enumerated().map { Goal(id: rng.uuid(), text: $1, position: $0) }
        for p in doc.partners where rng.chance(0.3) {
            doc.subGoals.append(SubGoal(id: rng.uuid(), partnerID: p.id, text: rng.pick(Words.subGoals)))
        }
        doc.impactSteps = ImpactStepKind.allCases.map { kind in
            // Steps 1 and 2 are the problem and the goals, written on the project itself.
            ImpactStep(kind: kind, content: (3...8).contains(kind.rawValue) ? "Skrevet sammen med partnerne, runde \(kind.rawValue)." : "",
                       isDone: kind.rawValue <= 7)
        }
        doc.indicators = (0..<indicators).map { indicator($0, partners: doc.partners, &rng) }

        // Measurements spread over the indicators (the first ones take the remainder) and over the period.
        doc.measurements.reserveCapacity(measurements)
        for (index, ind) in doc.indicators.enumerated() where indicators > 0 {
            let count = measurements / indicators + (index < measurements % indicators ? 1 : 0)
            guard count > 0 else { continue }
            let step = Double(end - start) / Double(count)
            for k in 0..<count {
                let ordinal = start + Int(Double(k) * step) + Int.random(in: 0..<max(1, Int(step)), using: &rng)
                let date = Day(ordinal: min(end, ordinal))
                if ind.kind == .qualitative {
                    doc.measurements.append(Measurement(id: rng.uuid(), indicatorID: ind.id, date: date,
                                                        note: rng.pick(Words.notes), source: "Intervju"))
                } else {
                    let base = ind.baseline.value ?? 0, target = ind.target.value ?? 0
                    let share = Double(k + 1) / Double(count) * Double.random(in: 0.6...1.1, using: &rng)
                    let value = (base + (target - base) * share).rounded()
                    doc.measurements.append(Measurement(id: rng.uuid(), indicatorID: ind.id, date: date,
                                                        value: max(0, value), source: "Fagsystem"))
                }
            }
        }
        doc.evaluations = (0..<24).map { n in
            EvaluationEntry(id: rng.uuid(), date: Day(ordinal: start + 30 + n * 60), learned: rng.pick(Words.learned),
                            adjusted: "Vi flytter samlingene til ettermiddag.", wentWrong: n % 3 == 0 ? "Få kom på vinteren." : "",
                            indicatorIDs: doc.indicators.isEmpty ? [] : [rng.pick(doc.indicators).id])
        }
        addRounds(to: &doc, model: model, rounds: rounds, respondentsPerRound: respondentsPerRound, &rng)
        return doc
    }

    private static func addRounds(to doc: inout ProjectDocument, model: ModelContent, rounds: Int, respondentsPerRound: Int,
                                  _ rng: inout SeededRandom) {
        let start = period.start!.ordinal, end = period.end!.ordinal
        let statements = model.allDimensions.map { d in d.statements.map(\.id) }
        doc.answers.reserveCapacity(rounds * respondentsPerRound * statements.joined().count)
        let seasons = ["Vår", "Høst"]
        for n in 0..<rounds {
            let ordinal = start + (end - start) * n / max(1, rounds)
            let date = Day(ordinal: ordinal)
            let round = AssessmentRound(id: rng.uuid(), date: date, label: "\(seasons[n % 2]) \(date.year) – runde \(n + 1)",
                                        isClosed: n < rounds - 1)
            doc.rounds.append(round)
            // Each dimension has a level in this round, and each respondent leans up or down a little.
            let levels = statements.map { _ in Double.random(in: 2.0...4.2, using: &rng) }
            for r in 0..<respondentsPerRound {
                let partnerID = r % 2 == 0 && !doc.partners.isEmpty ? rng.pick(doc.partners).id : nil
                let respondent = Respondent(id: rng.uuid(), roundID: round.id, partnerID: partnerID,
                                            label: partnerID == nil ? "Deltaker \(r + 1)" : "")
                doc.respondents.append(respondent)
                let lean = Double.random(in: -1.2...1.2, using: &rng)
                for (d, ids) in statements.enumerated() {
                    for statement in ids {
                        if rng.chance(0.05) {
                            doc.answers.append(Answer(id: rng.uuid(), roundID: round.id, respondentID: respondent.id,
                                                      statementID: statement, dontKnow: true))
                            continue
                        }
                        let experience = Int((levels[d] + lean + Double.random(in: -0.8...0.8, using: &rng)).rounded())
                        let importance = Int.random(in: 3...5, using: &rng)
                        doc.answers.append(Answer(id: rng.uuid(), roundID: round.id, respondentID: respondent.id,
                                                  statementID: statement, experience: min(5, max(1, experience)),
                                                  importance: importance))
                    }
                }
            }
        }
    }

    private static func project(_ rng: inout SeededRandom) -> Project {
        Project(id: rng.uuid(), name: "Sammen mot ensomhet i Ålesund", municipality: Municipality(number: "1508", name: "Ålesund"),
                problem: "Eldre innvandrerkvinner i bydelene sier at de blir sittende alene, uten språk og uten nettverk.",
                vision: "I 2030 har alle eldre i Ålesund et sted å gå og noen som venter på dem.",
                period: period, circlePhase: .people,
                phaseHistory: [PhaseChange(date: period.start!, phase: .map), PhaseChange(date: Day(year: 2022, month: 3, day: 1)!, phase: .focus),
                               PhaseChange(date: Day(year: 2023, month: 1, day: 15)!, phase: .people)],
                cell: MatrixCell(planning: .together, delivery: .together),
                staircase: [StaircasePosition(id: rng.uuid(), area: "Helse og omsorg", step: .ambitious),
                            StaircasePosition(id: rng.uuid(), area: "Oppvekst", step: .inviting),
                            StaircasePosition(id: rng.uuid(), area: "Kultur og frivillighet", step: .mature)],
                targetGroups: [TargetGroup(id: rng.uuid(), name: "Eldre innvandrerkvinner", description: "Om lag 400 kvinner over 60 år."),
                               TargetGroup(id: rng.uuid(), name: "Pårørende", description: "Barn og barnebarn som hjelper til.")],
                activities: [Activity(id: rng.uuid(), name: "Språkkafé", description: "Hver tirsdag på biblioteket.",
                                      cell: MatrixCell(planning: .together, delivery: .civilSociety)),
                             Activity(id: rng.uuid(), name: "Turgrupper", cell: MatrixCell(planning: .civilSociety, delivery: .civilSociety))],
                theoryOfChange: "Når kvinnene møtes jevnlig, får de nettverk og språk, og da søker de hjelp tidligere.",
                anonymityThreshold: 3)
    }

    private static func partner(_ n: Int, _ rng: inout SeededRandom) -> Partner {
        let sector = Sector.allCases[n % Sector.allCases.count]
        let first = rng.pick(Words.firstNames), last = rng.pick(Words.lastNames)
        let roles: Set<CitizenRole> = sector == .citizens ? Set(CitizenRole.allCases.filter { _ in rng.chance(0.6) }) : []
        let anchors = AnchorDirection.allCases.filter { _ in rng.chance(0.4) }.map {
            AnchorPoint(id: rng.uuid(), direction: $0, text: rng.pick(Words.anchors))
        }
        return Partner(id: rng.uuid(), name: "\(rng.pick(Words.organisations[sector] ?? ["Partner"])) \(rng.pick(Words.places))",
                       sector: sector,
                       contact: Contact(person: "\(first) \(last)", role: rng.pick(Words.roles),
                                        email: "\(Words.ascii(first)).\(Words.ascii(last))@eksempel.no",
                                        phone: "+47 \(Int.random(in: 40_000_000...99_999_999, using: &rng))"),
                       resources: "Lokaler og \(Int.random(in: 1...20, using: &rng)) timer i uka",
                       competences: rng.pick(Words.competences), ownAgenda: rng.chance(0.3) ? "Vil rekruttere frivillige." : "",
                       citizenRoles: roles, anchorPoints: anchors)
    }

    private static func indicator(_ n: Int, partners: [Partner], _ rng: inout SeededRandom) -> Indicator {
        let level = IndicatorLevel.allCases[n % IndicatorLevel.allCases.count]
        let qualitative = n % 10 == 9
        let lower = !qualitative && n % 5 == 3
        let baseline = Double(Int.random(in: 5...200, using: &rng))
        let target = lower ? (baseline * 0.6).rounded() : (baseline * Double.random(in: 1.3...2.5, using: &rng)).rounded()
        return Indicator(id: rng.uuid(), name: "\(rng.pick(Words.indicatorNames[level] ?? ["Indikator"])) (\(n + 1))",
                         level: level, kind: qualitative ? .qualitative : .quantitative,
                         unit: qualitative ? "" : rng.pick(Words.units), direction: lower ? .lowerIsBetter : .higherIsBetter,
                         method: rng.pick(Words.methods), dataSource: "Kommunens fagsystem",
                         responsiblePartnerID: partners.isEmpty ? nil : rng.pick(partners).id,
                         frequency: Frequency.allCases[n % Frequency.allCases.count],
                         baseline: ReferencePoint(value: qualitative ? nil : baseline, date: period.start),
                         target: ReferencePoint(value: qualitative ? nil : target, date: period.end),
                         isKey: n % 50 == 0)
    }
}
