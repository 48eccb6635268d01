import Foundation
import XCTest
@testable import SamskapStore
import SamskapCore
import TestSupport

/// An imported agenda names only rounds and indicators the file has: a screen about a missing round would show
/// "no round" in front of the room. An export never writes such a screen, even after the round was deleted.
final class WorkshopReferenceTests: XCTestCase {
    private let missing = UUID(uuidString: "DEADBEEF-0000-4000-8000-000000000001")!

    /// The sample's export with one field of its second workshop screen (the rating screen) set to `value`.
    private func exportWithScreenField(_ key: String, _ value: Any) throws -> Data {
        let data = try ProjectExchange.encode(StoreSamples.full())
        var envelope = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        var document = try XCTUnwrap(envelope["document"] as? [String: Any])
        var workshop = try XCTUnwrap(document["workshop"] as? [String: Any])
        var screens = try XCTUnwrap(workshop["screens"] as? [[String: Any]])
        screens[1][key] = value
        workshop["screens"] = screens
        document["workshop"] = workshop
        envelope["document"] = document
        return try JSONSerialization.data(withJSONObject: envelope)
    }

    private func assertRefused(_ data: Data, _ expectedEnglish: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try ProjectExchange.decode(data), file: file, line: line) { error in
            guard let error = error as? ExchangeError else { return XCTFail("\(error)", file: file, line: line) }
            XCTAssertEqual(error.detail(.en), expectedEnglish, file: file, line: line)
        }
    }

    func testTheSampleAgendaImports() throws {
        let document = try ProjectExchange.decode(try exportWithScreenField("notes", "still fine"))
        XCTAssertEqual(document.workshop?.screens[1].roundID, StoreSamples.id(51))
    }

    func testAScreenAboutAMissingRoundIsRefused() throws {
        assertRefused(try exportWithScreenField("roundID", missing.uuidString),
                      "workshop.screens[1].roundID: refers to the round \(missing.uuidString), which is not in the file")
    }

    func testAScreenBesideAMissingPreviousRoundIsRefused() throws {
        assertRefused(try exportWithScreenField("previousRoundID", missing.uuidString),
                      "workshop.screens[1].previousRoundID: refers to the round \(missing.uuidString), which is not in the file")
    }

    func testAScreenAboutAMissingIndicatorIsRefused() throws {
        assertRefused(try exportWithScreenField("indicatorID", missing.uuidString),
                      "workshop.screens[1].indicatorID: refers to the indicator \(missing.uuidString), which is not in the file")
    }

    /// Found by ImportFuzzTests: a screen copied with its id got past the checks and failed in the store.
    func testTwoScreensWithOneIdAreRefused() throws {
        let data = try ProjectExchange.encode(StoreSamples.full())
        let first = try XCTUnwrap(ProjectExchange.decode(data).workshop?.screens.first?.id)
        assertRefused(try exportWithScreenField("id", first.uuidString),
                      "workshop.screens[1].id: the id \(first.uuidString) is used already, at workshop.screens[0]")
    }

    func testAnUnknownResultLevelIsRefused() throws {
        assertRefused(try exportWithScreenField("resultLevel", "middle"), "workshop.screens[1].resultLevel: unknown value \"middle\"")
    }

    /// Deleting a round keeps the screens as they were (undo brings both back); the export clears the reference so
    /// that the file imports again, the screen falling back to the newest round.
    func testAnExportAfterTheRoundWasDeletedImportsAgain() throws {
        var document = StoreSamples.full()
        document.apply(.deleteRound(StoreSamples.id(51)))
        XCTAssertEqual(document.workshop?.screens[1].roundID, StoreSamples.id(51), "the screen still names the deleted round")
        let imported = try ProjectExchange.decode(try ProjectExchange.encode(document))
        XCTAssertNil(imported.workshop?.screens[1].roundID)
        XCTAssertEqual(imported.workshop?.screens[1].previousRoundID, StoreSamples.id(50), "a reference that resolves stays")
    }
}
