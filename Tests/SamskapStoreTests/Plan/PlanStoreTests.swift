import Foundation
import XCTest
@testable import SamskapStore
import SamskapCore
import TestSupport

/// The plan (target groups, activities with inputs, the theory of change, target history, dated anchor points) is
/// kept by the file and by the JSON exchange, and an older file gains it on open.
final class PlanStoreTests: StoreTestCase {
    private func revisedPlan() -> ProjectDocument {
        var doc = Fixtures.planDocument()
        let old = doc.indicators[0]
        var edited = old
        edited.target.value = 35
        doc.indicators[0] = old.revised(to: edited, on: Fixtures.day("2025-09-01"), reason: "Færre kom enn ventet")
        doc.partners[0].anchorPoints[0].renewed = Fixtures.day("2025-03-12")
        return doc
    }

    func testTheFileKeepsThePlan() throws {
        let url = path("plan.samskap")
        let doc = revisedPlan()
        try ProjectFile.create(at: url, document: doc).close()
        let file = try ProjectFile.open(at: url)
        defer { file.close() }
        XCTAssertEqual(try file.load(), doc)
        // An edit of the plan is saved, and its inverse undoes it in the file as in memory.
        var project = doc.project
        project.resultLinks[1].evidence = .research
        project.activities[0].inputs.removeAll()
        let undo = doc.inverse(of: .setProject(project))
        try file.apply([.setProject(project)])
        XCTAssertEqual(try file.load().project, project)
        try file.apply(undo)
        XCTAssertEqual(try file.load(), doc)
    }

    func testJSONRoundTripsThePlan() throws {
        let doc = revisedPlan()
        let json = try ProjectExchange.encode(doc)
        XCTAssertEqual(try ProjectExchange.decode(json), doc)
        let text = String(decoding: json, as: UTF8.self)
        for key in ["\"resultLinks\"", "\"targetHistory\"", "\"inputs\"", "\"estimatedSize\"", "\"renewed\"", "\"citizenRoles\""] {
            XCTAssertTrue(text.contains(key), key)
        }
    }

    func testTheSchemaRefusesAPlanItDoesNotKnow() throws {
        let json = String(decoding: try ProjectExchange.encode(revisedPlan()), as: UTF8.self)
            .replacingOccurrences(of: "\"evidence\" : \"assumption\"", with: "\"evidence\" : \"hunch\"")
        XCTAssertThrowsError(try ProjectExchange.decode(Data(json.utf8))) { error in
            XCTAssertTrue("\(error)".contains("resultLinks"), "\(error)")
        }
    }

    func testAVersionTwoFileGainsThePlanOnOpen() throws {
        let url = path("v2.samskap")
        try FileManager.default.copyItem(
            at: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("Fixtures/version2.samskap"), to: url)
        XCTAssertEqual(rawQuery(url, "SELECT count(*) FROM pragma_table_info('indicator') WHERE name = 'target_history'"), ["0"])
        let file = try ProjectFile.open(at: url)
        defer { file.close() }
        var document = try file.load()
        XCTAssertEqual(document.project.resultLinks, [])
        XCTAssertTrue(document.indicators.allSatisfy { $0.targetHistory.isEmpty })
        // The incubator's activities, written before they had inputs, read with none.
        XCTAssertTrue(document.project.activities.allSatisfy { $0.inputs.isEmpty && $0.targetGroupIDs.isEmpty })
        let indicator = try XCTUnwrap(document.indicators.first)
        var project = document.project
        project.resultLinks = [ResultLink(from: indicator.id, to: indicator.id == document.indicators.last?.id ? indicator.id : document.indicators.last!.id)]
        var edited = indicator
        edited.target.value = (indicator.target.value ?? 0) + 1
        let revised = indicator.revised(to: edited, on: Fixtures.day("2025-10-01"), reason: "Lært mer")
        try file.apply([.setProject(project), .upsertIndicator(revised)])
        document = try file.load()
        XCTAssertEqual(document.project.resultLinks, project.resultLinks)
        XCTAssertEqual(document.indicators.first?.targetHistory.map(\.reason), ["Lært mer"])
        XCTAssertTrue(try file.check().isIntact)
    }
}
