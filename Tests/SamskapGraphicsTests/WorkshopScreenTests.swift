import FoundationEssentials
import SamskapCore
import SamskapGraphics
import SamskapStore
import TestSupport
import XCTest

/// Every workshop screen, at the projector sizes, in both themes and languages, on the demo project with its longest
/// Norwegian names: no text under a thirtieth of the height, nothing cut or overlapping, no result before R.
/// With SAMSKAP_WORKSHOP_SHOTS=DIR set, each screen is also written there as a PNG (`make screenshots`).
final class WorkshopScreenTests: XCTestCase {
    static let sizes = [(1280, 720), (1920, 1080), (3840, 2160)]

    /// The housing demo with an agenda of every kind; its newest round on the rating, reveal and group screens.
    static func demo() throws -> ProjectDocument {
        let url = ResourceLocator.standard.data.appendingPathComponent("demo/housing.json")
        var document = try ProjectExchange.decode(try XCTUnwrap(FileManager.default.contents(atPath: url.path)))
        let round = try XCTUnwrap(document.roundsByDate.last)
        let screens = WorkshopScreenKind.allCases.map { kind in
            WorkshopScreen(kind: kind, roundID: kind.hidesUntilRevealed ? round.id : nil, isShortRound: false,
                           roomCounts: [3, 1, 4, 7], decisions: kind == .decisions ? "Vi inviterer beboerne til neste møte i rådhuset." : "")
        }
        document.workshop = WorkshopAgenda(screens: screens, groups: [
            WorkshopGroup(name: "Innbyggere og frivillige", sectors: [.citizens, .civilSociety]),
            WorkshopGroup(name: "Kommunen og NAV", sectors: [.municipality, .publicAgency])])
        return document
    }

    func scene(_ document: ProjectDocument, _ k: Int, revealed: Bool, language: Language) throws -> WorkshopScene {
        var screen = try XCTUnwrap(document.workshop?.screens[k])
        screen.isRevealed = revealed
        var doc = document
        doc.workshop = doc.workshop?.replacing(screen)
        return WorkshopScene(document: doc, model: ModelFixture.realOrFixture(language), screen: screen, index: k,
                             count: WorkshopScreenKind.allCases.count, highlight: 6, today: Fixtures.day("2026-12-05"))
    }

    func testEveryScreenIsLegibleAtEverySizeThemeAndLanguage() throws {
        let document = try Self.demo()
        let shots = ProcessEnvironment.value("SAMSKAP_WORKSHOP_SHOTS").map { URL(fileURLWithPath: $0) }
        if let shots { try FileManager.default.createDirectory(at: shots, withIntermediateDirectories: true) }
        for language in [Language.nb, .en] {
            for (k, kind) in WorkshopScreenKind.allCases.enumerated() {
                let scene = try scene(document, k, revealed: true, language: language)
                for (width, height) in Self.sizes {
                    for theme in [ChartTheme.dark, .light] {
                        // The full matrix of pictures only when asked for; otherwise the checks in one theme, every size
                        // in Norwegian (the longer names) and the middle size in English: a debug build draws 4K slowly.
                        guard shots != nil || (theme == .dark && (language == .nb || width == 1920)) else { continue }
                        let (raster, layout) = WorkshopRenderer.image(scene, width: width, height: height, theme: theme, language: language)
                        let place = "\(kind.rawValue) \(width)x\(height) \(theme.rawValue) \(language.rawValue)"
                        XCTAssertGreaterThanOrEqual(layout.smallestText, Double(height) / 30 - 0.01, place)
                        XCTAssertEqual(layout.collisions(width: Double(width), height: Double(height)), [], place)
                        XCTAssertEqual(layout.labels.filter(\.isTruncated).map(\.fullText), [], "cut with …: \(place)")
                        XCTAssertFalse(layout.labels.isEmpty, place)
                        if let shots {
                            try raster.writePNG(to: shots.appendingPathComponent("workshop-\(kind.rawValue)-\(width)x\(height)-\(theme.rawValue)-\(language.rawValue).png"))
                        }
                    }
                }
            }
        }
    }

    func testNoResultIsDrawnOrDescribedBeforeTheReveal() throws {
        let document = try Self.demo()
        for kind in [WorkshopScreenKind.rating, .reveal, .groups] {
            let k = try XCTUnwrap(WorkshopScreenKind.allCases.firstIndex(of: kind))
            let hidden = WorkshopRenderer.image(try scene(document, k, revealed: false, language: .en), width: 1920, height: 1080,
                                                theme: .dark, language: .en).layout
            XCTAssertEqual(hidden.chartCount, 0, "\(kind) before R")
            let text = (hidden.labels.map(\.fullText) + [hidden.description]).joined(separator: " ")
            XCTAssertFalse(text.contains("Most disputed"), "\(kind) before R: \(text)")
            XCTAssertFalse(text.contains("Weakest"), "\(kind) before R: \(text)")
        }
        let k = try XCTUnwrap(WorkshopScreenKind.allCases.firstIndex(of: .reveal))
        let shown = WorkshopRenderer.image(try scene(document, k, revealed: true, language: .en), width: 1920, height: 1080,
                                           theme: .dark, language: .en).layout
        XCTAssertEqual(shown.chartCount, 1)
        XCTAssertTrue(shown.description.contains("Most disputed"), shown.description)
    }

    /// The title screen dates the workshop and quotes the problem as the room's language writes them; a problem that
    /// opens with its own quote (the demo's) is not quoted twice.
    func testTheTitleScreenWritesTheDateAndQuotesInTheRoomsLanguage() throws {
        var document = try Self.demo()
        let k = try XCTUnwrap(WorkshopScreenKind.allCases.firstIndex(of: .title))
        func described(_ language: Language) throws -> String {
            WorkshopRenderer.image(try scene(document, k, revealed: false, language: language), width: 1920, height: 1080,
                                   theme: .dark, language: language).layout.description
        }
        let demo = try described(.nb)
        XCTAssertTrue(demo.contains("5.12.2026"), demo)
        XCTAssertFalse(demo.contains("2026-12-05"), demo)
        XCTAssertTrue(demo.contains(" «Vi har flyttet"), demo)
        XCTAssertFalse(demo.contains("««"), demo)
        document.project.problem = "Familiene flytter for ofte."
        XCTAssertTrue(try described(.nb).contains("«Familiene flytter for ofte.»"))
        let english = try described(.en)
        XCTAssertTrue(english.contains("2026-12-05"), english)
        XCTAssertTrue(english.contains("“Familiene flytter for ofte.”"), english)
    }
}
