import CGtk
import CGtkTesting
@testable import SamskapGtk
import XCTest

/// The typed wrappers of SamskapGtk: they own their widget's reference, and their handlers hold owners weakly.
final class GtkViewTests: GtkTestCase {
    private final class Owner { var calls = 0 }

    func testAWrapperOwnsItsWidgetUntilItGoes() { MainActor.assumeIsolated {
        var finalised = false
        do {
            let label = Label("x")
            XCTAssertEqual(samskap_is_floating(label.widget), 0, "the new widget's floating reference is the wrapper's")
            XCTAssertEqual(samskap_ref_count(label.widget), 1)
            let sentinel = Sentinel { finalised = true }
            Signals.connect(label.widget, "destroy") { _ = sentinel }
            XCTAssertFalse(finalised)
        }
        XCTAssertTrue(finalised, "the widget goes with the last wrapper when nothing else holds it")
    } }

    func testAParentKeepsAChildWhoseWrapperWent() { MainActor.assumeIsolated {
        let box = Box(.vertical)
        var child: Widget?
        do {
            let label = Label("x")
            box.append(label)
            child = label.widget
        }
        XCTAssertEqual(samskap_is_object(child), 1)
        XCTAssertEqual(samskap_ref_count(child), 1, "only the box holds the label now")
        XCTAssertEqual(gtk_widget_get_first_child(box.widget), child)
    } }

    func testAClickHandlerHoldsItsOwnerWeakly() { MainActor.assumeIsolated {
        let button = Button("_Add")
        weak var gone: Owner?
        var seen = 0
        do {
            let owner = Owner()
            gone = owner
            button.onClicked(owner) { owner in owner.calls += 1; seen += 1 }
            samskap_emit(button.widget, "clicked")
            XCTAssertEqual(owner.calls, 1)
        }
        XCTAssertNil(gone, "the button must not keep its handler's owner alive")
        samskap_emit(button.widget, "clicked")
        XCTAssertEqual(seen, 1, "an owner that has gone is not called")
    } }

    func testTextsAreReadAndSetAndAChangeIsToldOnce() { MainActor.assumeIsolated {
        let owner = Owner()
        let view = TextView(name: "Vision")
        view.onChange(owner) { $0.calls += 1 }
        view.text = "A town where"
        XCTAssertEqual(view.text, "A town where")
        XCTAssertEqual(owner.calls, 1)
        view.text = "A town where"
        XCTAssertEqual(owner.calls, 1, "setting the text it holds is no change")

        let entry = Entry(name: "New goal", text: "first")
        entry.onChanged(owner) { $0.calls += 1 }
        XCTAssertEqual(entry.text, "first")
        entry.text = ""
        XCTAssertEqual(entry.text, "")
        XCTAssertEqual(owner.calls, 2)
        XCTAssertTrue(Accessibility.hasLabel(entry.widget, "New goal"))
    } }

    func testADropDownTellsItsChoiceToALivingOwnerOnly() { MainActor.assumeIsolated {
        let dropDown = DropDown(name: "Step", items: ["One", "Two", "Three"])
        XCTAssertEqual(dropDown.selected, 0)
        weak var gone: Owner?
        do {
            let owner = Owner()
            gone = owner
            dropDown.onSelect(owner) { $0.calls += 1 }
            dropDown.select(2)
            XCTAssertEqual(dropDown.selected, 2)
            XCTAssertEqual(owner.calls, 1)
            dropDown.select(2)
            XCTAssertEqual(owner.calls, 1, "choosing what is chosen is no change")
        }
        XCTAssertNil(gone, "the drop-down must not keep its handler's owner alive")
        dropDown.select(1)
        XCTAssertEqual(dropDown.selected, 1)
    } }

    func testARowListKeepsTheRowItIsToldToKeep() { MainActor.assumeIsolated {
        let list = RowList()
        let kept = FormRows.wide(Label("add"))
        list.append(kept)
        list.insert(FormRows.wide(Label("first")), before: kept)
        list.insert(FormRows.wide(Label("second")), before: kept)
        XCTAssertEqual(gtk_widget_get_last_child(list.widget), kept.widget, "inserted rows go before the kept one")
        list.removeRows(except: kept)
        XCTAssertEqual(gtk_widget_get_first_child(list.widget), kept.widget)
        XCTAssertNil(gtk_widget_get_next_sibling(kept.widget))
    } }

    func testJoinedRadiosUncheckEachOtherAndTellALivingOwnerOnly() { MainActor.assumeIsolated {
        let first = CheckButton("Municipality")
        let second = CheckButton("Business")
        second.join(first)
        weak var gone: Owner?
        var seen = 0
        do {
            let owner = Owner()
            gone = owner
            second.onToggled(owner) { owner in owner.calls += 1; seen += 1 }
            first.isActive = true
            second.isActive = true
            XCTAssertFalse(first.isActive, "checking one radio of a group unchecks the others")
            XCTAssertEqual(owner.calls, 1)
        }
        XCTAssertNil(gone, "a radio must not keep its handler's owner alive")
        first.isActive = true
        XCTAssertFalse(second.isActive)
        XCTAssertEqual(seen, 1, "an owner that has gone is not called")
    } }

    func testADrawingAreaDoesNotKeepItsDrawOwner() { MainActor.assumeIsolated {
        let area = DrawingArea()
        weak var gone: Owner?
        do {
            let owner = Owner()
            gone = owner
            area.onDraw(owner) { owner, _, _, _ in owner.calls += 1 }
        }
        XCTAssertNil(gone, "the area keeps its draw function for as long as it lives, but not the function's owner")
    } }
}
