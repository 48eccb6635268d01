import XCTest
@testable import SamskapCore

/// Checks the demo projects in `data/demo`: the exchange format, the counts the demo promises,
/// and that every reference inside a document resolves.
final class DemoContentTests: XCTestCase {
    /// The exchange wrapper around a project document.
    private struct ProjectFile: Codable {
        var format: String
        var formatVersion: Int
        var document: ProjectDocument
    }

    private func load(_ name: String) throws -> (ProjectFile, Data) {
        let url = ResourceLocator.standard.data.appendingPathComponent("demo/\(name).json")
        let data = try Data(contentsOf: url)
        return (try JSONDecoder().decode(ProjectFile.self, from: data), data)
    }

    func testHousingDemoTellsAFullStory() throws {
        let (file, data) = try load("housing")
        XCTAssertEqual(file.format, "samskap-project")
        XCTAssertEqual(file.formatVersion, 1)
        let doc = file.document
        let list = try MunicipalityList.load()
        let municipality = try XCTUnwrap(doc.project.municipality)
        XCTAssertTrue(list.contains(municipality), "the municipality is one of the list")
        XCTAssertFalse(doc.project.vision.isEmpty)
        XCTAssertNotNil(doc.project.period.start)
        XCTAssertNotNil(doc.project.period.end)
        XCTAssertNotNil(doc.project.circlePhase)
        XCTAssertEqual(doc.project.phaseHistory.last?.phase, doc.project.circlePhase)
        XCTAssertNotNil(doc.project.cell)
        XCTAssertGreaterThanOrEqual(doc.project.staircase.count, 2)
        XCTAssertFalse(doc.project.targetGroups.isEmpty)
        XCTAssertFalse(doc.project.activities.isEmpty)
        XCTAssertTrue(doc.project.activities.allSatisfy { $0.cell != nil })
        XCTAssertFalse(doc.project.theoryOfChange.isEmpty)

        XCTAssertGreaterThanOrEqual(doc.partners.count, 6)
        XCTAssertGreaterThanOrEqual(Set(doc.partners.map(\.sector)).count, 5)
        XCTAssertTrue(doc.partners.contains { $0.sector == .citizens && $0.citizenRoles == Set(CitizenRole.allCases) })
        for p in doc.partners {
            XCTAssertFalse(p.resources.isEmpty, p.name)
            XCTAssertFalse(p.competences.isEmpty, p.name)
            XCTAssertFalse(p.ownAgenda.isEmpty, p.name)
            XCTAssertFalse(p.anchorPoints.isEmpty, p.name)
        }
        XCTAssertEqual(Set(doc.partners.flatMap(\.anchorPoints).map(\.direction)), Set(AnchorDirection.allCases))
        XCTAssertTrue((3...4).contains(doc.goals.count))
        XCTAssertGreaterThanOrEqual(Set(doc.subGoals.map(\.partnerID)).count, 3)

        XCTAssertEqual(doc.impactSteps.map(\.kind), ImpactStepKind.allCases)
        // Steps 1 and 2 are the project's problem and its goals; the other steps have a text of their own.
        XCTAssertTrue(doc.impactSteps.allSatisfy { ($0.kind == .problem || $0.kind == .goals) == $0.content.isEmpty })
        XCTAssertGreaterThanOrEqual(doc.impactSteps.filter(\.isDone).count, 3)

        XCTAssertGreaterThanOrEqual(doc.indicators.count, 8)
        XCTAssertEqual(Set(doc.indicators.map(\.level)), Set(IndicatorLevel.allCases))
        XCTAssertTrue(doc.indicators.contains(where: \.isKey))
        XCTAssertTrue(doc.indicators.contains { $0.direction == .lowerIsBetter })
        XCTAssertTrue(doc.indicators.contains { $0.kind == .qualitative })
        for i in doc.indicators {
            XCTAssertNotNil(i.responsiblePartnerID, i.name)
            XCTAssertNotNil(i.baseline.date, i.name)
            XCTAssertNotNil(i.target.date, i.name)
            let ms = doc.measurements(of: i.id)
            XCTAssertGreaterThanOrEqual(ms.count, 6, i.name)
            if i.kind == .quantitative {
                XCTAssertNotNil(i.baseline.value, i.name)
                XCTAssertNotNil(i.target.value, i.name)
                XCTAssertTrue(ms.allSatisfy { $0.value != nil }, i.name)
            } else {
                XCTAssertTrue(ms.allSatisfy { !$0.note.isEmpty }, i.name)
            }
        }
        let dates = Set(doc.measurements.map(\.date))
        XCTAssertGreaterThanOrEqual((dates.max()?.ordinal ?? 0) - (dates.min()?.ordinal ?? 0), 540, "about two years of measurements")

        XCTAssertTrue((3...4).contains(doc.evaluations.count))
        XCTAssertTrue(doc.evaluations.contains { !$0.wentWrong.isEmpty })
        XCTAssertTrue(doc.evaluations.allSatisfy { !$0.indicatorIDs.isEmpty })

        XCTAssertEqual(doc.rounds.count, 3)
        XCTAssertEqual(doc.rounds, doc.roundsByDate, "rounds oldest first")
        XCTAssertEqual(doc.rounds.map(\.isClosed), [true, true, false])
        for round in doc.rounds {
            XCTAssertGreaterThanOrEqual(doc.respondents(in: round.id).count, 6, round.label)
        }
        XCTAssertTrue(doc.respondents.contains { $0.partnerID == nil && !$0.label.isEmpty }, "an anonymous respondent")
        XCTAssertTrue(doc.answers.contains(where: \.dontKnow))
        XCTAssertTrue(doc.answers.contains { !$0.comment.isEmpty })

        try checkReferences(doc)
        try checkKeys(data)
    }

    func testHousingDemoAnswersTellTheStory() throws {
        let doc = try load("housing").0.document
        let families = Set(doc.partners.filter { $0.sector == .citizens }.map(\.id))
        func mean(round: Int, prefix: String, families wantFamilies: Bool) -> Double {
            let roundID = doc.rounds[round].id
            let who = Set(doc.respondents(in: roundID).filter { r in
                let isFamily = r.partnerID.map(families.contains) ?? true
                return isFamily == wantFamilies
            }.map(\.id))
            let xs = doc.answers(in: roundID).filter { who.contains($0.respondentID) && $0.statementID.hasPrefix(prefix + ".") }
                .compactMap(\.experience)
            return Double(xs.reduce(0, +)) / Double(max(xs.count, 1))
        }
        // Equal standing is low for the families at first and improves.
        XCTAssertLessThan(mean(round: 0, prefix: "equal-standing", families: true), 2.6)
        XCTAssertGreaterThan(mean(round: 2, prefix: "equal-standing", families: true), mean(round: 0, prefix: "equal-standing", families: true) + 1)
        // Communication: the partners disagree strongly.
        XCTAssertGreaterThan(mean(round: 1, prefix: "communication", families: false) - mean(round: 1, prefix: "communication", families: true), 1)
    }

    func testIncubatorDemoHasTheWorkedExamplesResults() throws {
        let (file, data) = try load("incubator")
        XCTAssertEqual(file.format, "samskap-project")
        XCTAssertEqual(file.formatVersion, 1)
        let doc = file.document
        XCTAssertEqual(doc.project.municipality, Municipality(number: "0301", name: "Oslo"))
        XCTAssertEqual(doc.project.period, Period(start: Day(year: 2016, month: 11, day: 1), end: Day(year: 2017, month: 8, day: 31)))
        XCTAssertEqual(doc.indicators.count, 6)
        XCTAssertEqual(doc.indicators.map(\.level), [.output, .output, .outcome, .outcome, .outcome, .impact])
        let results = doc.indicators.map { doc.measurements(of: $0.id).last?.value }
        XCTAssertEqual(results, [534, 349, 212, 46, 48, nil])
        XCTAssertTrue(doc.measurements(of: doc.indicators[5].id).isEmpty, "the impact is not yet measured")
        // It counts what the example counts (interviews, offers, contracts), in its own definitions: no catalogue
        // link that counts people, or work a year after the programme.
        XCTAssertEqual(doc.indicators.map(\.unit), ["flyktninger", "flyktninger", "intervjuer", "jobbtilbud", "arbeidskontrakter", "%"])
        XCTAssertEqual(doc.indicators[2...].compactMap(\.catalogueID), [])
        XCTAssertTrue(doc.indicators[5].name.contains("tre år etter ankomst"))
        XCTAssertGreaterThanOrEqual(doc.partners.count, 5)
        try checkReferences(doc)
        try checkKeys(data)
    }

    /// Every id a record points at exists, and every respondent answers every statement of the model once.
    private func checkReferences(_ doc: ProjectDocument, file: StaticString = #filePath, line: UInt = #line) throws {
        let model = try ModelContent.load(.nb)
        let statementIDs = model.allDimensions.flatMap { $0.statements.map(\.id) }
        let partnerIDs = Set(doc.partners.map(\.id))
        let indicatorIDs = Set(doc.indicators.map(\.id))
        let roundIDs = Set(doc.rounds.map(\.id))
        let allIDs = doc.partners.map(\.id) + doc.goals.map(\.id) + doc.subGoals.map(\.id) + doc.indicators.map(\.id)
            + doc.measurements.map(\.id) + doc.evaluations.map(\.id) + doc.rounds.map(\.id) + doc.respondents.map(\.id)
            + doc.answers.map(\.id) + doc.partners.flatMap { $0.anchorPoints.map(\.id) } + [doc.project.id]
        XCTAssertEqual(Set(allIDs).count, allIDs.count, "ids are unique", file: file, line: line)

        for s in doc.subGoals { XCTAssertTrue(partnerIDs.contains(s.partnerID), file: file, line: line) }
        for i in doc.indicators {
            if let p = i.responsiblePartnerID { XCTAssertTrue(partnerIDs.contains(p), i.name, file: file, line: line) }
        }
        for m in doc.measurements { XCTAssertTrue(indicatorIDs.contains(m.indicatorID), file: file, line: line) }
        for e in doc.evaluations {
            for i in e.indicatorIDs { XCTAssertTrue(indicatorIDs.contains(i), file: file, line: line) }
        }
        let respondentRound = Dictionary(uniqueKeysWithValues: doc.respondents.map { ($0.id, $0.roundID) })
        for r in doc.respondents {
            XCTAssertTrue(roundIDs.contains(r.roundID), file: file, line: line)
            if let p = r.partnerID { XCTAssertTrue(partnerIDs.contains(p), file: file, line: line) }
            else { XCTAssertFalse(r.label.isEmpty, "an anonymous respondent has a label", file: file, line: line) }
        }
        for a in doc.answers {
            XCTAssertEqual(respondentRound[a.respondentID], a.roundID, "answer in the respondent's round", file: file, line: line)
            if a.dontKnow {
                XCTAssertNil(a.experience, file: file, line: line)
                XCTAssertNil(a.importance, file: file, line: line)
            } else {
                XCTAssertTrue((1...5).contains(a.experience ?? 0), file: file, line: line)
                XCTAssertTrue((1...5).contains(a.importance ?? 0), file: file, line: line)
            }
        }
        let answered = Dictionary(grouping: doc.answers, by: \.respondentID)
        for r in doc.respondents {
            let ids = (answered[r.id] ?? []).map(\.statementID)
            XCTAssertEqual(ids.sorted(), statementIDs.sorted(), "every statement once", file: file, line: line)
        }
        // What Swift writes, Swift reads back the same.
        let again = try JSONDecoder().decode(ProjectDocument.self, from: JSONEncoder().encode(doc))
        XCTAssertEqual(again, doc, file: file, line: line)
    }

    /// Every array of the document and of the project is written out, even when empty.
    private func checkKeys(_ data: Data, file: StaticString = #filePath, line: UInt = #line) throws {
        let root = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any], file: file, line: line)
        let document = try XCTUnwrap(root["document"] as? [String: Any], file: file, line: line)
        for key in ["partners", "goals", "subGoals", "impactSteps", "indicators", "measurements", "evaluations",
                    "rounds", "respondents", "answers"] {
            XCTAssertNotNil(document[key] as? [Any], key, file: file, line: line)
        }
        let project = try XCTUnwrap(document["project"] as? [String: Any], file: file, line: line)
        for key in ["phaseHistory", "staircase", "targetGroups", "activities"] {
            XCTAssertNotNil(project[key] as? [Any], key, file: file, line: line)
        }
    }
}
