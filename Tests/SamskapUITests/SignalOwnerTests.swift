import CGtk
import CGtkTesting
@testable import SamskapGtk
import XCTest
@testable import SamskapUI

/// The weak-owner form of `Signals.connect` and the one release path of `HandlerBox`.
final class SignalOwnerTests: GtkTestCase {
    private final class Owner { var calls = 0 }

    func testAnOwnerIsHeldWeaklyAndGoneOwnersAreNotCalled() { MainActor.assumeIsolated {
        let button = GObjectRef(gtk_button_new(), .sink)!
        weak var gone: Owner?
        var seen = 0
        do {
            let owner = Owner()
            gone = owner
            Signals.connect(button.pointer, "clicked", owner: owner) { owner in owner.calls += 1; seen += 1 }
            samskap_emit(button.pointer, "clicked")
            XCTAssertEqual(owner.calls, 1, "the handler gets its owner while it lives")
        }
        XCTAssertNil(gone, "the connection must not keep its owner alive")
        samskap_emit(button.pointer, "clicked")
        XCTAssertEqual(seen, 1, "an owner that has gone is not called")
    } }

    func testATimerBoxGoesThroughTheOneRelease() { MainActor.assumeIsolated {
        var released = false
        do {
            let sentinel = Sentinel { released = true }
            let id = Timers.after(milliseconds: 60_000) { _ = sentinel }
            XCTAssertFalse(released)
            Timers.cancel(id)
        }
        XCTAssertTrue(released, "cancelling a timer releases its closure")
    } }
}
