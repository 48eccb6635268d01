import FoundationEssentials
import SamskapCore
import TestSupport
import XCTest

/// The workshop's agenda, its round session, the fast entry and the group comparison, without a display.
final class WorkshopTests: XCTestCase {
    let model = Fixtures.model()

    /// A project with a rating screen on a round of `respondents` partners' answers (scores from `score`).
    func document(respondents: Int = 3, threshold: Int = 3, score: @escaping (Int, String) -> (Int?, Int?)? = { _, _ in (3, 4) })
        -> ProjectDocument {
        var doc = Fixtures.documentWithRound(respondents: respondents, model: model, threshold: threshold, score: score)
        let round = doc.rounds[0]
        doc.workshop = WorkshopAgenda(screens: [WorkshopScreen(id: Fixtures.id(900), kind: .title),
                                                WorkshopScreen(id: Fixtures.id(901), kind: .rating, roundID: round.id),
                                                WorkshopScreen(id: Fixtures.id(902), kind: .reveal, roundID: round.id)])
        return doc
    }

    func testTheAgendaMovesWithinItsEndsAndResumesAtItsScreen() {
        let agenda = document().workshop!
        XCTAssertEqual(agenda.current?.kind, .title, "no screen set: the first")
        XCTAssertEqual(agenda.moved(by: 1).current?.kind, .rating)
        XCTAssertEqual(agenda.moved(by: 5).current?.kind, .reveal, "stops at the end")
        XCTAssertEqual(agenda.moved(by: 2).moved(by: -9).current?.kind, .title, "stops at the start")
        XCTAssertEqual(agenda.moved(by: 1).next?.kind, .reveal)
        XCTAssertEqual(agenda.movingScreen(at: 2, by: -1).screens.map(\.kind), [.title, .reveal, .rating])
    }

    func testSettingTheAgendaIsUndoneByItsInverse() {
        let doc = document()
        var changed = doc.workshop!.moved(by: 2)
        changed.screens.removeFirst()
        let after = doc.applying([.setWorkshop(changed)])
        XCTAssertEqual(after.workshop, changed)
        XCTAssertEqual(after.applying(doc.inverse(of: .setWorkshop(changed))), doc)
        XCTAssertEqual(doc.applying([.setWorkshop(nil)]).workshop, nil)
    }

    func testTheSessionCountsAnswersAndHidesResultsUntilRevealed() throws {
        var doc = document(respondents: 3)
        let session = try XCTUnwrap(RoundSession(screen: Fixtures.id(901), in: doc, model: model))
        XCTAssertEqual(session.status(in: doc), RoundStatus(answered: 3, expected: 3, isRevealed: false))
        XCTAssertNil(session.results(in: doc, model: model), "no results before the reveal")
        doc = doc.applying(session.reveal(in: doc))
        XCTAssertTrue(session.status(in: doc).isRevealed)
        XCTAssertNotNil(session.results(in: doc, model: model))
        XCTAssertEqual(session.reveal(in: doc), [], "revealing twice changes nothing")
        XCTAssertNil(RoundSession(screen: Fixtures.id(900), in: doc, model: model), "a title screen has no round")
    }

    func testTheSessionRefusesScoresOutsideTheScaleAndStatementsNotAsked() throws {
        let doc = document()
        let session = try XCTUnwrap(RoundSession(screen: Fixtures.id(901), in: doc, model: model))
        let respondent = doc.respondents[0].id
        XCTAssertEqual(session.answer("no-such-statement", by: respondent, experience: 3, importance: 3, in: doc), [])
        XCTAssertEqual(session.answer(session.statementIDs[0], by: respondent, experience: 6, importance: 3, in: doc), [])
        guard case let .upsertAnswer(a)? = session.answer(session.statementIDs[0], by: respondent, experience: 5, importance: 1, in: doc).first
        else { return XCTFail("an answer") }
        XCTAssertEqual(doc.answers.filter { $0.respondentID == respondent && $0.statementID == a.statementID }.map(\.id), [a.id],
                       "replaces the respondent's answer instead of adding a second")
    }

    func testTheShortRoundAsksOneStatementPerDimensionAndIsRecognised() throws {
        var doc = document(respondents: 0)
        let chosen = model.fields[1].statements[2].id
        doc.workshop?.shortRoundStatements = [chosen]
        let session = try XCTUnwrap(RoundSession(screen: Fixtures.id(901), in: doc, model: model))
        XCTAssertEqual(session.statementIDs.count, model.allDimensions.count)
        XCTAssertEqual(session.statementIDs[1], chosen)
        XCTAssertEqual(session.statementIDs[0], model.fields[0].statements[0].id)
        var entry = WorkshopEntry()
        for digit in Array(repeating: [4, 5], count: session.statementIDs.count).flatMap({ $0 }) {
            doc = doc.applying(entry.press(digit: digit, session: session, in: doc) { "Deltaker \($0)" })
        }
        XCTAssertEqual(ShortRound.kind(of: session.roundID, answers: doc.answers, model: model), .short)
        XCTAssertEqual(ShortRound.kind(of: session.roundID, answers: document().answers, model: model), .full)
    }

    func testFastEntrySavesEachPairAndMovesToTheNextRespondent() throws {
        var doc = document(respondents: 0)
        let session = try XCTUnwrap(RoundSession(screen: Fixtures.id(901), in: doc, model: model))
        var entry = WorkshopEntry()
        func press(_ digit: Int) { doc = doc.applying(entry.press(digit: digit, session: session, in: doc) { "Deltaker \($0)" }) }
        press(4)
        XCTAssertEqual(doc.answers.count, 0, "half a pair is not an answer")
        XCTAssertEqual(entry.position?.respondent, 1)
        press(2)
        XCTAssertEqual(doc.answers.last?.experience, 4)
        XCTAssertEqual(doc.answers.last?.importance, 2)
        press(0)
        XCTAssertEqual(doc.answers.last?.dontKnow, true)
        for _ in 2..<session.statementIDs.count { press(3); press(3) }
        XCTAssertNil(entry.position, "the respondent is done")
        press(1)
        XCTAssertEqual(entry.position?.respondent, 2)
        XCTAssertEqual(session.status(in: doc).answered, 1, "the second respondent has no whole answer yet")
        XCTAssertEqual(doc.respondents.filter { $0.roundID == session.roundID }.map(\.label), ["Deltaker 1", "Deltaker 2"])
    }

    func testAGroupBelowTheThresholdIsHiddenAndSaysWhy() {
        var doc = document(respondents: 4, threshold: 3)
        let municipality = Partner(name: "Kommunen", sector: .municipality)
        let citizens = Partner(name: "Beboerne", sector: .citizens)
        doc.partners = [municipality, citizens]
        for k in 0..<3 { doc.respondents[k].partnerID = municipality.id }
        doc.respondents[3].partnerID = citizens.id
        doc.workshop?.groups = [WorkshopGroup(name: "Alle", sectors: [.municipality, .citizens])]
        let groups = GroupComparison.compute(round: doc.rounds[0].id, document: doc, model: model) { $0.rawValue }
        XCTAssertEqual(groups.map(\.name), ["municipality", "citizens", "Alle"])
        XCTAssertEqual(groups.map(\.isHidden), [false, true, false])
        XCTAssertEqual(groups.map(\.respondentCount), [3, 1, 4])
        XCTAssertNil(groups[1].results, "a hidden group carries no figures at all")
    }

    /// The agenda editor keeps both groups while they are prepared; only a named group with sectors is compared.
    func testAGroupWithoutNameOrSectorsIsLeftOut() {
        var doc = document(respondents: 3, threshold: 1)
        let municipality = Partner(name: "Kommunen", sector: .municipality)
        doc.partners = [municipality]
        for k in 0..<3 { doc.respondents[k].partnerID = municipality.id }
        doc.workshop?.groups = [WorkshopGroup(name: " ", sectors: [.municipality]), WorkshopGroup(name: "Kommunen og NAV", sectors: []),
                                WorkshopGroup(name: "Kommunen og NAV", sectors: [.municipality, .publicAgency])]
        let groups = GroupComparison.compute(round: doc.rounds[0].id, document: doc, model: model) { $0.rawValue }
        XCTAssertEqual(groups.map(\.name), ["municipality", "Kommunen og NAV"])
        XCTAssertEqual(groups.last?.respondentCount, 3)
    }

    func testTheMostDisputedFieldIsTheOneWithTheWidestSpread() throws {
        let disputed = model.fields[2].statements.map(\.id)
        var doc = document(respondents: 3) { r, statement in disputed.contains(statement) ? (1 + 2 * r, 3) : (3, 3) }
        let session = try XCTUnwrap(RoundSession(screen: Fixtures.id(902), in: doc, model: model))
        doc = doc.applying(session.reveal(in: doc))
        let results = try XCTUnwrap(session.results(in: doc, model: model))
        XCTAssertEqual(results.mostDisputed.first?.dimensionID, model.fields[2].id)
        XCTAssertEqual(results.mostDisputed.first?.spread, 4)
    }
}
