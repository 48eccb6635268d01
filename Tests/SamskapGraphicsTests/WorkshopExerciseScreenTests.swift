import FoundationEssentials
import SamskapCore
import SamskapGraphics
import SamskapStore
import TestSupport
import XCTest

/// The screens where the room decides something: the position exercise with a proposed and a recorded value, the four
/// rooms with notes, and the reveal's radar with the previous round beside it. Legible at every projector size; with
/// SAMSKAP_WORKSHOP_SHOTS=DIR set, each is written there as a PNG in both themes and languages.
final class WorkshopExerciseScreenTests: XCTestCase {
    private func scene(_ kind: WorkshopScreenKind, language: Language, edit: (inout WorkshopScene) -> Void = { _ in })
        throws -> WorkshopScene {
        let document = try WorkshopScreenTests.demo()
        let k = try XCTUnwrap(WorkshopScreenKind.allCases.firstIndex(of: kind))
        var screen = try XCTUnwrap(document.workshop?.screens[k])
        screen.isRevealed = true
        var doc = document
        doc.workshop = doc.workshop?.replacing(screen)
        var scene = WorkshopScene(document: doc, model: ModelFixture.realOrFixture(language), screen: screen, index: k,
                                  count: WorkshopScreenKind.allCases.count, today: Fixtures.day("2026-12-05"))
        edit(&scene)
        return scene
    }

    private func notes(_ scene: inout WorkshopScene) {
        scene.screen.roomNotes = ["Ventetida på bolig er altfor lang, og ingen svarer på telefonen når vi ringer tjenestekontoret",
                                  "Før hadde vi et åpent hus på Øvre Årstad", "", "Boligkafé med NAV og frivillige hver tirsdag"]
        scene.room = 3
    }

    /// Checks legibility at every size and returns the 1920×1080 layout; writes the pictures when asked.
    private func check(_ scene: WorkshopScene, name: String, language: Language) throws -> WorkshopLayout {
        let shots = ProcessEnvironment.value("SAMSKAP_WORKSHOP_SHOTS").map { URL(fileURLWithPath: $0) }
        if let shots { try FileManager.default.createDirectory(at: shots, withIntermediateDirectories: true) }
        var middle: WorkshopLayout?
        for (width, height) in WorkshopScreenTests.sizes {
            for theme in [ChartTheme.dark, .light] where shots != nil || theme == .dark {
                let (raster, layout) = WorkshopRenderer.image(scene, width: width, height: height, theme: theme, language: language)
                let place = "\(name) \(width)x\(height) \(theme.rawValue) \(language.rawValue)"
                XCTAssertGreaterThanOrEqual(layout.smallestText, Double(height) / 30 - 0.01, place)
                XCTAssertEqual(layout.collisions(width: Double(width), height: Double(height)), [], place)
                if width == 1920 && theme == .dark { middle = layout }
                if let shots {
                    try raster.writePNG(to: shots.appendingPathComponent("exercise-\(name)-\(width)x\(height)-\(theme.rawValue)-\(language.rawValue).png"))
                }
            }
        }
        return try XCTUnwrap(middle)
    }

    func testTheRevealDrawsTheRadarWithThePreviousRoundBesideIt() throws {
        for language in [Language.nb, .en] {
            let scene = try scene(.reveal, language: language)
            let layout = try check(scene, name: "reveal", language: language)
            let rounds = scene.document.roundsByDate
            let previous = try XCTUnwrap(rounds.dropLast().last, "the demo has two rounds")
            XCTAssertEqual(layout.chartCount, 1)
            XCTAssertTrue(layout.description.contains(previous.label), layout.description)
            // The radar's own legend names the previous round's outline, and its axes carry the action fields.
            XCTAssertTrue(layout.labels.contains { $0.fullText.hasSuffix(": \(previous.label)") }, "\(layout.labels.map(\.fullText))")
            let fields = scene.model.dimensions(.field).map(\.name)
            XCTAssertEqual(fields.filter { name in layout.labels.contains { $0.fullText == name } }, fields)
            XCTAssertEqual(layout.labels.filter(\.isTruncated).map(\.fullText), [], language.rawValue)
            if language == .en { XCTAssertTrue(layout.description.contains("Most disputed"), layout.description) }
        }
        // ↑ or ↓ turns it to the values.
        for language in [Language.nb, .en] {
            let values = try scene(.reveal, language: language) { $0.highlight = 1 }
            let layout = try check(values, name: "reveal-values", language: language)
            let names = values.model.dimensions(.value).map(\.name)
            XCTAssertEqual(names.filter { name in layout.labels.contains { $0.fullText == name } }, names)
            XCTAssertEqual(layout.labels.filter(\.isTruncated).map(\.fullText), [], language.rawValue)
        }
    }

    func testThePositionScreenShowsTheProposalAndThenWhatWasRecorded() throws {
        for language in [Language.nb, .en] {
            // The second staircase row (NAV-kontoret, inviting) with "Mature" proposed.
            let proposing = try scene(.position, language: language) { $0.position = PositionExercise(row: 2, proposal: 3) }
            let layout = try check(proposing, name: "position", language: language)
            let mature = StaircaseStep.mature.term.text(language)
            XCTAssertTrue(layout.labels.contains { $0.fullText == mature }, "\(layout.labels.map(\.fullText))")
            XCTAssertTrue(layout.description.contains("NAV-kontoret: \(mature)"), layout.description)
            XCTAssertEqual(layout.labels.filter(\.isTruncated).map(\.fullText), [], language.rawValue)
        }
        var recorded = try scene(.position, language: .en)
        let day = Fixtures.day("2026-12-05")
        recorded.document.project = PositionExercise.recording(3, of: .staircase(1), in: recorded.document.project, on: day, newArea: "")
        recorded.position = PositionExercise(row: 2, recorded: .init(row: 2, choice: 3, day: day))
        let shown = WorkshopRenderer.image(recorded, width: 1920, height: 1080, theme: .dark, language: .en).layout
        XCTAssertTrue(shown.description.contains("Recorded: Mature on 2026-12-05"), shown.description)
        // Once the project stands elsewhere again (undone), the screen no longer claims it.
        recorded.document.project.staircase[1].step = .inviting
        let undone = WorkshopRenderer.image(recorded, width: 1920, height: 1080, theme: .dark, language: .en).layout
        XCTAssertFalse(undone.description.contains("Recorded"), undone.description)
    }

    func testTheRoomsShowTheirNotesLegibly() throws {
        for language in [Language.nb, .en] {
            let scene = try scene(.mentalRooms, language: language, edit: notes)
            let layout = try check(scene, name: "rooms", language: language)
            for note in scene.screen.roomNotes where !note.isEmpty {
                XCTAssertTrue(layout.labels.contains { $0.fullText == note }, "\(note) in \(layout.labels.map(\.fullText))")
                XCTAssertTrue(layout.description.contains(note), layout.description)
            }
            // A short note shows whole; only one longer than its room may end in …
            let cut = layout.labels.filter(\.isTruncated).map(\.fullText)
            XCTAssertFalse(cut.contains(scene.screen.roomNotes[3]), language.rawValue)
        }
    }
}
