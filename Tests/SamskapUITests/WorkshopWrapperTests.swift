import CGtk
import CGtkTesting
@testable import SamskapGtk
import XCTest

/// The wrappers the workshop added to SamskapGtk: what they promise beyond calling GTK.
final class WorkshopWrapperTests: GtkTestCase {
    private final class Owner { var indices: [Int?] = [] }

    func testAListBoxTellsTheChosenRowToALivingOwnerOnly() { MainActor.assumeIsolated {
        let list = ListBox()
        for text in ["one", "two", "three"] { list.append(Label(text)).setAccessibleName("Row \(text)") }
        weak var gone: Owner?
        var seen = 0
        do {
            let owner = Owner()
            gone = owner
            list.onRowSelected(owner) { owner, index in owner.indices.append(index); seen += 1 }
            list.selectRow(at: 2)
            list.selectRow(at: nil)
            XCTAssertEqual(owner.indices, [2, nil], "the row's index, then none")
        }
        XCTAssertNil(gone, "the list must not keep its handler's owner alive")
        list.selectRow(at: 0)
        XCTAssertEqual(seen, 2, "an owner that has gone is not called")
        XCTAssertTrue(Accessibility.hasLabel(gtk_widget_get_first_child(list.widget), "Row one"), "the row is named, not its child")
    } }

    func testAButtonIsNamedByTheTextItIsGivenLater() { MainActor.assumeIsolated {
        let button = Button("Let the phones answer")
        button.label = "Stop the phones"
        XCTAssertEqual(button.label, "Stop the phones")
        XCTAssertTrue(Accessibility.hasLabel(button.widget, "Stop the phones"))
    } }

    func testAFlowBoxCanLeaveTheFocusToItsChildren() { MainActor.assumeIsolated {
        let flow = FlowBox(spacing: 8)
        let kept = Button("Next")
        let plain = Button("Previous")
        flow.append(kept, focusableCell: false)
        flow.append(plain)
        XCTAssertEqual(gtk_widget_get_focusable(gtk_widget_get_parent(kept.widget)), 0, "Tab goes to the button, not its cell")
        XCTAssertEqual(gtk_widget_get_focusable(gtk_widget_get_parent(plain.widget)), 1)
    } }

    func testAnAnimationLetsGoOfItsHandlerWithTheWidget() { MainActor.assumeIsolated {
        var released = false
        do {
            let area = DrawingArea()
            let sentinel = Sentinel { released = true }
            area.animate { _ in _ = sentinel }
            XCTAssertFalse(released)
        }
        XCTAssertTrue(released, "the handler goes with the widget")
    } }

    func testKeysAreReadByName() {
        XCTAssertEqual(KeyPress.keyval("r"), guint(GDK_KEY_r))
        XCTAssertEqual(KeyPress.keyval("?"), guint(GDK_KEY_question))
        XCTAssertEqual(KeyPress(keyval: guint(GDK_KEY_7)).digit, 7)
        XCTAssertEqual(KeyPress(keyval: guint(GDK_KEY_KP_3)).digit, 3)
        XCTAssertNil(KeyPress(keyval: guint(GDK_KEY_a)).digit)
        XCTAssertEqual(KeyPress(keyval: guint(GDK_KEY_oslash)).character, "ø")
        XCTAssertNil(KeyPress(keyval: guint(GDK_KEY_Left)).character, "an arrow types nothing")
    }

    func testTheSameMonitorFromTwoListsIsEqual() { MainActor.assumeIsolated {
        let first = Window()
        let second = Window()
        let monitors = first.monitors
        XCTAssertFalse(monitors.isEmpty, "the display has a monitor")
        XCTAssertEqual(monitors, second.monitors)
        XCTAssertGreaterThan(monitors[0].width, 0)
        XCTAssertNil(first.monitor, "a window not shown is on no monitor yet")
        first.destroy()
        second.destroy()
    } }
}
