import CGtk
import CGtkTesting
@testable import SamskapGtk
import XCTest

/// The wrappers the charts and the framework explanations use: the style manager's light/dark changes reach a chart
/// once per switch and never after `stop`, and a menu button keeps the popover it opens.
final class StyleAndMenuWrapperTests: GtkTestCase {
    private final class Owner { var calls = 0 }

    override func tearDownWithError() throws {
        MainActor.assumeIsolated {
            adw_style_manager_set_color_scheme(adw_style_manager_get_default(), ADW_COLOR_SCHEME_DEFAULT)
        }
        try super.tearDownWithError()
    }

    func testASwitchBetweenLightAndDarkIsToldUntilStopped() { MainActor.assumeIsolated {
        StyleManager.force(.light)
        let owner = Owner()
        let observation = StyleManager.onChange(owner) { $0.calls += 1 }
        StyleManager.force(.dark)
        XCTAssertTrue(StyleManager.isDark)
        XCTAssertEqual(owner.calls, 1, "the switch to dark is told once")
        StyleManager.force(.dark)
        XCTAssertEqual(owner.calls, 1, "forcing the scheme already shown is no switch")
        StyleManager.stop(observation)
        StyleManager.force(.light)
        XCTAssertFalse(StyleManager.isDark)
        XCTAssertEqual(owner.calls, 1, "a stopped observation is not told")
    } }

    func testAnObservationDoesNotKeepItsOwner() { MainActor.assumeIsolated {
        StyleManager.force(.light)
        weak var gone: Owner?
        var observation: StyleManager.Observation?
        do {
            let owner = Owner()
            gone = owner
            observation = StyleManager.onChange(owner) { $0.calls += 1 }
        }
        XCTAssertNil(gone, "the style manager must not keep a chart alive")
        StyleManager.force(.dark)
        if let observation { StyleManager.stop(observation) }
    } }

    func testAMenuButtonKeepsItsPopoverAndIsNamed() { MainActor.assumeIsolated {
        let button = MenuButton(icon: "help-about-symbolic", name: "What is this? The staircase")
        var popoverWidget: Widget?
        do {
            let popover = Popover(Label("A short explanation"))
            button.setPopover(popover)
            popoverWidget = popover.widget
        }
        XCTAssertEqual(samskap_is_object(popoverWidget), 1, "the button holds the popover after its wrapper went")
        XCTAssertEqual(CStrings.borrow(gtk_widget_get_tooltip_text(button.widget)), "What is this? The staircase")
    } }
}
