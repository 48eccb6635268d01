import CGtk
import CGtkTesting
@testable import SamskapGtk
import XCTest
@testable import SamskapUI

/// The drop-down of `Form`: what its callers were written against when it was a GtkDropDown over a GtkStringList.
final class ChoiceButtonTests: GtkTestCase {
    func testNamedComboBoxWithTheFirstItemChosen() { MainActor.assumeIsolated {
        let choice = GObjectRef(Form.dropDown(name: "Fase", items: ["Kartlegg", "Prøv ut", "Spre"]), .sink)!
        XCTAssertTrue(Accessibility.hasLabel(choice.pointer, "Fase"))
        XCTAssertEqual(samskap_accessible_is_combo_box(choice.pointer), 1)
        XCTAssertNil(CStrings.take(samskap_accessible_check_expanded(choice.pointer, 0)))
        XCTAssertEqual(Form.selected(choice.widget), 0)
        XCTAssertEqual(Self.shownText(choice.widget), "Kartlegg")
    } }

    func testWithoutItemsNothingIsChosen() { MainActor.assumeIsolated {
        let choice = GObjectRef(Form.dropDown(name: "Runde", items: []), .sink)!
        XCTAssertEqual(Form.selected(choice.widget), ChoiceButton.noSelection)
        XCTAssertEqual(ChoiceButton.noSelection, Int(GTK_INVALID_LIST_POSITION))
    } }

    func testTheListIsNotBuiltBeforeItOpens() { MainActor.assumeIsolated {
        let choice = GObjectRef(Form.dropDown(name: "Fase", items: ["A", "B"]), .sink)!
        // The button's one child is its content; a popover would be a second.
        XCTAssertNotNil(gtk_widget_get_first_child(choice.widget))
        XCTAssertNil(gtk_widget_get_next_sibling(gtk_widget_get_first_child(choice.widget)))
    } }

    func testHandlersRunOnEveryChangeAndOnlyOnAChange() { MainActor.assumeIsolated {
        let choice = GObjectRef(Form.dropDown(name: "Fase", items: ["A", "B", "C"]), .sink)!
        var seen: [Int] = []
        Form.onSelect(choice.widget) { seen.append(Form.selected(choice.widget)) }
        Form.select(choice.widget, 0)
        XCTAssertEqual(seen, [], "choosing what is chosen is no change")
        Form.select(choice.widget, 2)
        Form.select(choice.widget, 2)
        XCTAssertEqual(seen, [2])
        XCTAssertEqual(Self.shownText(choice.widget), "C")
        Form.select(choice.widget, 7)
        XCTAssertEqual(seen, [2, ChoiceButton.noSelection], "out of range chooses nothing, as GtkDropDown did")
        XCTAssertEqual(Self.shownText(choice.widget), "")
        Form.select(choice.widget, 9)
        XCTAssertEqual(seen.count, 2)
    } }

    func testAHandlerMaySelectAgain() { MainActor.assumeIsolated {
        let choice = GObjectRef(Form.dropDown(name: "Fase", items: ["A", "B", "C"]), .sink)!
        var seen: [Int] = []
        Form.onSelect(choice.widget) {
            seen.append(Form.selected(choice.widget))
            if Form.selected(choice.widget) == 1 { Form.select(choice.widget, 2) }
        }
        Form.select(choice.widget, 1)
        XCTAssertEqual(seen, [1, 2])
        XCTAssertEqual(Form.selected(choice.widget), 2)
    } }

    func testNewItemsKeepTheChoiceWhereGtkDropDownKeptIt() { MainActor.assumeIsolated {
        let choice = GObjectRef(Form.dropDown(name: "Respondent", items: []), .sink)!
        var changes = 0
        Form.onSelect(choice.widget) { changes += 1 }
        ChoiceButton.of(choice.widget).setItems(["A", "B", "C", "D", "E"])
        XCTAssertEqual(Form.selected(choice.widget), 0, "the first once there are items")
        XCTAssertEqual(changes, 1)
        Form.select(choice.widget, 3)
        ChoiceButton.of(choice.widget).setItems(["a", "b", "c", "d"])
        XCTAssertEqual(Form.selected(choice.widget), 2, "3 × 4 / 5: the same fraction of the way down")
        XCTAssertEqual(changes, 3)
        ChoiceButton.of(choice.widget).setItems(["w", "x", "y", "z"])
        XCTAssertEqual(Form.selected(choice.widget), 2)
        XCTAssertEqual(changes, 3, "the same index is no change")
        XCTAssertEqual(Self.shownText(choice.widget), "y", "but the text is the new one")
        ChoiceButton.of(choice.widget).setItems([])
        XCTAssertEqual(Form.selected(choice.widget), ChoiceButton.noSelection)
        XCTAssertEqual(changes, 4)
    } }

    func testDestroyingAnOpenedChoiceLeavesNoPopoverBehind() { MainActor.assumeIsolated {
        let window = gtk_window_new()!
        let choice = Form.dropDown(name: "Fase", items: ["A", "B"])
        gtk_window_set_child(samskap_window(window), choice)
        gtk_widget_set_visible(window, 1)
        samskap_emit(choice, "clicked")
        XCTAssertNil(CStrings.take(samskap_accessible_check_expanded(choice, 1)), "open, and said so")
        let popover = gtk_widget_get_next_sibling(gtk_widget_get_first_child(choice))
        XCTAssertNotNil(popover, "the list is built on opening")
        // GLib clears a weak pointer when its object is finalized.
        let alive = UnsafeMutablePointer<gpointer?>.allocate(capacity: 1)
        alive.initialize(to: popover.map { UnsafeMutableRawPointer($0) })
        if let popover { g_object_add_weak_pointer(samskap_object(popover), alive) }
        gtk_widget_set_visible(window, 0)
        gtk_window_destroy(samskap_window(window))
        let deadline = Date().addingTimeInterval(3)
        while alive.pointee != nil && Date() < deadline { g_main_context_iteration(nil, 0) }
        XCTAssertNil(alive.pointee, "the popover is finalized with its button, not left parented to a freed widget")
        if alive.pointee == nil { alive.deallocate() }  // else GLib still holds the address: leave it to the process
    } }

    func testALongListOpensScrolledToTheChoice() { MainActor.assumeIsolated {
        let window = gtk_window_new()!
        let choice = Form.dropDown(name: "Aktør", items: (1...40).map { "Aktør \($0)" })
        Form.select(choice, 35)
        gtk_window_set_child(samskap_window(window), choice)
        gtk_widget_set_visible(window, 1)
        samskap_emit(choice, "clicked")
        let popover = gtk_widget_get_next_sibling(gtk_widget_get_first_child(choice))!
        let scrolled = gtk_popover_get_child(samskap_popover(popover))!
        let adjustment = gtk_scrolled_window_get_vadjustment(samskap_scrolled_window(scrolled))
        let deadline = Date().addingTimeInterval(3)
        while Date() < deadline && gtk_adjustment_get_value(adjustment) == 0 { g_main_context_iteration(nil, 0); usleep(2000) }
        let list = gtk_widget_get_first_child(gtk_scrolled_window_get_child(samskap_scrolled_window(scrolled)))!
        let row = UnsafeMutablePointer<GtkWidget>(OpaquePointer(gtk_list_box_get_row_at_index(samskap_list_box(list), 35)!))
        var bounds = graphene_rect_t()
        XCTAssertNotEqual(gtk_widget_compute_bounds(row, list, &bounds), 0)
        let value = gtk_adjustment_get_value(adjustment)
        XCTAssertGreaterThan(value, 0, "scrolled down")
        XCTAssertGreaterThanOrEqual(Double(bounds.origin.y), value, "item 36 below the top")
        XCTAssertLessThanOrEqual(Double(bounds.origin.y + bounds.size.height), value + gtk_adjustment_get_page_size(adjustment), "and above the bottom")
        gtk_window_destroy(samskap_window(window))
    } }

    /// The text the button shows: its first label's.
    @MainActor
    private static func shownText(_ choice: Widget) -> String? {
        var stack = [choice]
        while let widget = stack.popLast() {
            if gtk_widget_get_visible(widget) != 0, CStrings.borrow(gtk_widget_get_css_name(widget)) == "label",
               gtk_widget_get_child_visible(widget) != 0 {
                return CStrings.borrow(gtk_label_get_text(samskap_label(widget)))
            }
            var child = gtk_widget_get_last_child(widget)
            while let current = child {
                stack.append(current)
                child = gtk_widget_get_prev_sibling(current)
            }
        }
        return nil
    }
}
