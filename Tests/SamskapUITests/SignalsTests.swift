import CGtk
import CGtkTesting
@testable import SamskapGtk
import XCTest
@testable import SamskapUI

final class SignalsTests: GtkTestCase {
    func testClickedRunsTheHandler() { MainActor.assumeIsolated {
        let button = GObjectRef(gtk_button_new(), .sink)!
        var clicks = 0
        Signals.connect(button.pointer, "clicked") { clicks += 1 }
        samskap_emit(button.pointer, "clicked")
        samskap_emit(button.pointer, "clicked")
        XCTAssertEqual(clicks, 2)
    } }

    func testHandlerBoxIsReleasedWhenTheWidgetIsFinalised() { MainActor.assumeIsolated {
        var released = false
        do {
            let button = GObjectRef(gtk_button_new(), .sink)!
            let sentinel = Sentinel { released = true }
            Signals.connect(button.pointer, "clicked") { _ = sentinel }
            XCTAssertFalse(released)
        }
        XCTAssertTrue(released, "the boxed closure must be released when the widget goes")
    } }

    func testHandlerBoxIsReleasedOnDisconnect() { MainActor.assumeIsolated {
        var released = false
        let button = GObjectRef(gtk_button_new(), .sink)!
        var id: gulong = 0
        do {
            let sentinel = Sentinel { released = true }
            id = Signals.connect(button.pointer, "clicked") { _ = sentinel }
        }
        XCTAssertFalse(released)
        Signals.disconnect(button.pointer, id)
        XCTAssertTrue(released)
        Signals.disconnect(button.pointer, id) // a second time does nothing
    } }

    func testHandlerCanStopTheDefault() { MainActor.assumeIsolated {
        let window = gtk_window_new()!
        var asked = 0
        Signals.connectReturning(window, "close-request", { asked += 1; return true })
        gtk_window_present(samskap_window(window))
        gtk_window_close(samskap_window(window))
        XCTAssertEqual(asked, 1)
        XCTAssertNotEqual(gtk_widget_get_visible(window), 0, "a handler returning true keeps the window")
        gtk_window_destroy(samskap_window(window))
    } }

    func testArgumentIsPassed() { MainActor.assumeIsolated {
        let entry = GObjectRef(gtk_entry_new(), .sink)!
        var seen: [String] = []
        Signals.connectWithArgument(entry.pointer, "notify::text", { pspec in
            guard let pspec else { return }
            seen.append(String(cString: g_param_spec_get_name(pspec.assumingMemoryBound(to: GParamSpec.self))))
        })
        gtk_editable_set_text(samskap_editable(entry.pointer), "Æøå")
        XCTAssertEqual(seen, ["text"])
        XCTAssertEqual(CStrings.text(ofEditable: entry.pointer), "Æøå")
    } }
}
