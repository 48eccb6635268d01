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
