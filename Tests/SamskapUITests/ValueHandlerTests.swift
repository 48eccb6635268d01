import CGtk
import CGtkTesting
@testable import SamskapGtk
import XCTest

/// The wrappers' handlers that hand over the new value (text, checked, chosen index): the value is the widget's
/// own, the owner is held weakly, and a field whose handler reads it does not keep the field alive.
final class ValueHandlerTests: GtkTestCase {
    private final class Owner { var seen: [String] = [] }

    func testAnEntryHandsOverItsNewTextAndIsFreedWithItsHandler() { MainActor.assumeIsolated {
        let owner = Owner()
        var finalised = false
        do {
            let entry = Entry(name: "Amount")
            entry.onChanged(owner) { owner, text in owner.seen.append(text) }
            let sentinel = Sentinel { finalised = true }
            Signals.connect(entry.widget, "destroy") { _ = sentinel }
            entry.text = "12"
            entry.text = "12,5"
            XCTAssertEqual(owner.seen.first, "12")
            XCTAssertEqual(owner.seen.last, "12,5", "the handler gets the text as it is after the change")
        }
        XCTAssertTrue(finalised, "a handler that reads its entry's text must not keep the entry alive")
    } }

    func testACheckBoxHandsOverWhetherItIsCheckedToALivingOwnerOnly() { MainActor.assumeIsolated {
        let check = CheckButton("Key indicator")
        var seen: [Bool] = []
        weak var gone: Owner?
        do {
            let owner = Owner()
            gone = owner
            check.onToggled(owner) { _, on in seen.append(on) }
            check.isActive = true
            check.isActive = false
        }
        XCTAssertEqual(seen, [true, false])
        XCTAssertNil(gone, "the check box must not keep its handler's owner alive")
        check.isActive = true
        XCTAssertEqual(seen, [true, false], "an owner that has gone is not called")
    } }

    func testADropDownAndATextViewHandOverTheirNewValue() { MainActor.assumeIsolated {
        let owner = Owner()
        let dropDown = DropDown(name: "Frequency", items: ["Monthly", "Yearly"])
        dropDown.onSelect(owner) { owner, index in owner.seen.append("choice \(index)") }
        dropDown.select(1)
        let view = TextView(name: "Method")
        view.onChange(owner) { owner, text in owner.seen.append(text) }
        view.text = "Ask the participants"
        XCTAssertEqual(owner.seen, ["choice 1", "Ask the participants"])
    } }

    func testAKeyWithAModifierIsNotPlain() {
        XCTAssertTrue(KeyPress(keyval: guint(GDK_KEY_Return)).isEnter)
        XCTAssertTrue(KeyPress(keyval: guint(GDK_KEY_KP_Up)).isArrowUp)
        XCTAssertTrue(KeyPress(keyval: guint(GDK_KEY_Escape)).isPlain)
        XCTAssertFalse(KeyPress(keyval: guint(GDK_KEY_Down), modifiers: GDK_SHIFT_MASK.rawValue).isPlain)
        XCTAssertTrue(KeyPress(keyval: guint(GDK_KEY_Down), modifiers: GDK_LOCK_MASK.rawValue).isPlain, "Caps Lock is no modifier here")
    }

    func testAScrolledViewScrollsWithinItsContent() { MainActor.assumeIsolated {
        let content = Box(.vertical)
        content.setSizeRequest(width: 100, height: 2000)
        let scroller = ScrolledView(content)
        XCTAssertEqual(scroller.verticalOffset, 0)
        scroller.maxContentHeight = 280
        XCTAssertEqual(scroller.maxContentHeight, 280)
        scroller.propagatesNaturalHeight = true
        XCTAssertTrue(scroller.propagatesNaturalHeight)
    } }
}
