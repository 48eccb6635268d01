import CGtk
import CGtkTesting
@testable import SamskapGtk
import XCTest

/// The wrappers the Process page needs: toggle buttons in a group, the spin button's number, a button's new text, the
/// grid emptied, and where the keyboard focus is.
final class ToggleSpinFocusTests: GtkTestCase {
    private final class Owner { var calls = 0 }

    func testJoinedToggleButtonsReleaseEachOtherAndTellALivingOwnerOnly() { MainActor.assumeIsolated {
        let rounds = ToggleButton("Rounds")
        let entry = ToggleButton("Answer entry")
        entry.join(rounds)
        weak var gone: Owner?
        var clicks = 0
        do {
            let owner = Owner()
            gone = owner
            entry.onToggled(owner) { $0.calls += 1 }
            entry.onClicked(owner) { _ in clicks += 1 }
            rounds.isActive = true
            entry.isActive = true
            XCTAssertFalse(rounds.isActive, "pressing one of a group releases the others")
            XCTAssertEqual(owner.calls, 1)
            XCTAssertEqual(clicks, 0, "setting isActive is no click: a score shown is not a score saved")
        }
        XCTAssertNil(gone, "a toggle button must not keep its handler's owner alive")
        rounds.isActive = true
        XCTAssertFalse(entry.isActive)
        XCTAssertTrue(Accessibility.hasLabel(entry.widget, "Answer entry"))
        let score = ToggleButton("1", accessibleName: "Experience 1")
        XCTAssertTrue(Accessibility.hasLabel(score.widget, "Experience 1"), "named apart from the digit it shows")
    } }

    func testASpinButtonKeepsItsNumberInItsRangeAndTellsALivingOwnerOnly() { MainActor.assumeIsolated {
        let spin = SpinButton(name: "Fewest respondents", minimum: 1, maximum: 20)
        XCTAssertEqual(spin.value, 1)
        weak var gone: Owner?
        do {
            let owner = Owner()
            gone = owner
            spin.onValueChanged(owner) { $0.calls += 1 }
            spin.value = 5
            XCTAssertEqual(spin.value, 5)
            XCTAssertEqual(spin.text, "5")
            XCTAssertEqual(owner.calls, 1)
            spin.value = 5
            XCTAssertEqual(owner.calls, 1, "the same number is no change")
            spin.value = 99
            XCTAssertEqual(spin.value, 20, "held to its range")
        }
        XCTAssertNil(gone, "a spin button must not keep its handler's owner alive")
        XCTAssertTrue(Accessibility.hasLabel(spin.widget, "Fewest respondents"))
    } }

    func testARelabelledButtonIsNamedByItsNewTextOnly() { MainActor.assumeIsolated {
        let close = Button("Close the round", accessibleName: "Close the round")
        close.label = "Reopen the _round"
        XCTAssertEqual(CStrings.borrow(gtk_button_get_label(samskap_button(close.widget))), "Reopen the _round")
        XCTAssertTrue(Accessibility.hasLabel(close.widget, "Reopen the round"), "named by the new text, without its mnemonic mark")
    } }

    func testAGridIsEmptiedAndAHeadingSpansItsColumns() { MainActor.assumeIsolated {
        let grid = Grid(columnSpacing: 18, rowSpacing: 6)
        let heading = Label("Values")
        grid.attach(heading, column: 0, row: 0, width: 7, height: 1)
        grid.attach(Label("3,5"), column: 1, row: 1)
        var width: Int32 = 0
        gtk_grid_query_child(samskap_grid(grid.widget), heading.widget, nil, nil, &width, nil)
        XCTAssertEqual(width, 7)
        grid.removeAll()
        XCTAssertNil(gtk_widget_get_first_child(grid.widget))
    } }

    func testAGroupGivesItsHeadingToChange() { MainActor.assumeIsolated {
        let (root, heading, content) = Form.groupView(headed: "")
        heading.text = "Round: Kick-off"
        XCTAssertEqual(gtk_widget_get_first_child(root.widget), heading.widget)
        XCTAssertEqual(gtk_widget_get_next_sibling(heading.widget), content.widget)
    } }

    func testTheFocusIsFoundWithinAWidgetAndOnItsSurface() { MainActor.assumeIsolated {
        let window = GObjectRef(gtk_window_new(), .retain)!
        defer { gtk_window_destroy(samskap_window(window.widget)) }
        let box = Box(.vertical)
        let comment = Entry(name: "Comment")
        let card = Box(.vertical)
        card.isFocusable = true
        box.append(card, comment)
        XCTAssertFalse(comment.hasFocusWithin, "outside a window nothing has the focus")
        XCTAssertTrue(comment.focusIsOnSameSurface, "nothing has the focus: no other surface has it")
        gtk_window_set_child(samskap_window(window.widget), box.widget)
        gtk_widget_set_visible(window.widget, 1)
        XCTAssertTrue(comment.grabFocus())
        XCTAssertTrue(comment.hasFocusWithin, "the entry's text part, inside it, has the focus")
        XCTAssertTrue(box.hasFocusWithin)
        XCTAssertFalse(card.hasFocusWithin)
        XCTAssertTrue(card.grabFocus(), "a focusable box takes the focus")
        XCTAssertTrue(card.hasFocusWithin)
        XCTAssertFalse(comment.hasFocusWithin)
        XCTAssertTrue(box.focusIsOnSameSurface)
    } }
}
