import CGtk
import CGtkTesting
@testable import SamskapGtk
import XCTest

/// A window held by its wrapper outlives GTK's list of windows: it must let go of its parent in time.
final class WindowTests: GtkTestCase {
    func testAWindowHeldByItsWrapperLetsGoOfItsParentAsTheParentIsDestroyed() { MainActor.assumeIsolated {
        var child: Window? = Window()
        child?.destroysWithParent = true
        var parentFreed = false
        do {
            let parent = Window()
            child?.setTransientFor(parent)
            let sentinel = Sentinel { parentFreed = true }
            Signals.connect(parent.widget, "destroy") { _ = sentinel }
            gtk_window_destroy(samskap_window(parent.widget))
        }
        XCTAssertTrue(parentFreed, "the parent went with its wrapper")
        XCTAssertNil(gtk_window_get_transient_for(samskap_window(child!.widget)), "the child let go of its freed parent")
        // The child's dispose must not reach the freed parent (GtkTestCase fails on GLib's complaint).
        child = nil
    } }

    func testAWindowKeepsItsTitleAndSettings() { MainActor.assumeIsolated {
        let window = Window()
        window.title = "Indicator catalogue"
        window.isModal = true
        window.hidesOnClose = true
        XCTAssertEqual(window.title, "Indicator catalogue")
        XCTAssertTrue(window.isModal)
        XCTAssertTrue(window.hidesOnClose)
        XCTAssertFalse(window.destroysWithParent)
        gtk_window_destroy(samskap_window(window.widget))
    } }
}

/// A window held by its wrapper still goes when it is destroyed: GTK alone would wait for the wrapper's reference.
final class WindowWrapperTests: GtkTestCase {
    private final class Owner { var destroyed = 0 }

    func testDestroyingAWindowItsWrapperHoldsEmitsDestroyAtOnce() { MainActor.assumeIsolated {
        let window = Window()
        window.title = "Workshop"
        XCTAssertEqual(window.title, "Workshop")
        let owner = Owner()
        window.connect("destroy", owner: owner) { $0.destroyed += 1 }
        window.present()
        window.destroy()
        XCTAssertEqual(owner.destroyed, 1, "the destroy handler runs while the wrapper still holds the window")
        window.destroy()
        XCTAssertEqual(owner.destroyed, 1, "a window is destroyed once")
    } }

    func testClosingAWindowFromTheWindowManagerDestroysIt() { MainActor.assumeIsolated {
        let window = Window()
        let owner = Owner()
        window.connect("destroy", owner: owner) { $0.destroyed += 1 }
        window.present()
        gtk_window_close(samskap_window(window.widget))
        XCTAssertEqual(owner.destroyed, 1)
    } }

    func testAWindowThatAsksBeforeClosingStaysUntilItsOwnerLetsItGo() { MainActor.assumeIsolated {
        final class Asker { var keep = true; var asked = 0 }
        let window = Window()
        let owner = Owner(), asker = Asker()
        window.connect("destroy", owner: owner) { $0.destroyed += 1 }
        window.onCloseRequest(asker) { asker in asker.asked += 1; return asker.keep }
        window.present()
        gtk_window_close(samskap_window(window.widget))
        XCTAssertEqual(asker.asked, 1, "the owner is asked before the window closes")
        XCTAssertEqual(owner.destroyed, 0, "a window whose owner keeps it open stays")
        asker.keep = false
        gtk_window_close(samskap_window(window.widget))
        XCTAssertEqual(owner.destroyed, 1, "once the owner lets it go, closing destroys it")
    } }
}
