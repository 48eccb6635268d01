import CGtk
import CGtkTesting
@testable import SamskapGtk
import XCTest
@testable import SamskapUI

/// The one way the app asks: each answer arrives once, after the dialog is gone; closing gives the safe answer; the
/// buttons are named once, as the real-window tests and screen readers find them.
final class MessageDialogTests: GtkTestCase {
    @MainActor private static func ask(_ answers: @escaping @MainActor (String) -> Void) -> (parent: GObjectRef, dialog: Widget) {
        let parent = GObjectRef(gtk_window_new(), .retain)!
        let dialog = MessageDialog.ask(parent: samskap_widget(parent.pointer), title: "Delete partner", heading: "Delete “NAV”?",
                                       body: "You can undo it afterwards.",
                                       responses: [.init(id: "cancel", label: "_Cancel"),
                                                   .init(id: "delete", label: "_Delete", appearance: .destructive)],
                                       preferred: "cancel", safe: "cancel", answer: answers)
        return (parent, dialog)
    }

    /// The dialog's buttons whose accessible name is `name`.
    @MainActor private static func buttons(in widget: Widget, named name: String) -> [Widget] {
        var found: [Widget] = []
        var child = gtk_widget_get_first_child(widget)
        while let current = child {
            if samskap_is_button(current) != 0, Accessibility.hasLabel(current, name) { found.append(current) }
            found += buttons(in: current, named: name)
            child = gtk_widget_get_next_sibling(current)
        }
        return found
    }

    /// Runs the main loop until `done` holds or a second has passed.
    @MainActor private static func iterate(until done: () -> Bool) {
        let deadline = ContinuousClock.now + .seconds(1)
        while !done(), ContinuousClock.now < deadline { g_main_context_iteration(nil, 0) }
    }

    func testAResponseAnswersOnceAfterTheDialogIsGone() { MainActor.assumeIsolated {
        var answers: [String] = []
        var destroyed = false
        var destroyedBeforeTheAnswer = false
        let (parent, dialog) = Self.ask {
            destroyedBeforeTheAnswer = destroyed
            answers.append($0)
        }
        Signals.connect(dialog, "destroy") { destroyed = true }
        guard let delete = Self.buttons(in: dialog, named: "Delete").first else { return XCTFail("no Delete button") }
        samskap_emit(delete, "clicked")
        XCTAssertEqual(answers, [], "the answer waits until libadwaita has closed the dialog")
        Self.iterate { !answers.isEmpty }
        XCTAssertEqual(answers, ["delete"])
        XCTAssertTrue(destroyedBeforeTheAnswer, "the dialog closed itself on the answer, before the answer ran")
        Self.iterate { false }
        XCTAssertEqual(answers, ["delete"], "closing after the answer does not answer again")
        gtk_window_destroy(samskap_window(parent.pointer))
    } }

    func testClosingTheDialogGivesTheSafeAnswer() { MainActor.assumeIsolated {
        var answers: [String] = []
        let (parent, dialog) = Self.ask { answers.append($0) }
        gtk_window_close(samskap_window(dialog))
        Self.iterate { !answers.isEmpty }
        XCTAssertEqual(answers, ["cancel"])
        gtk_window_destroy(samskap_window(parent.pointer))
    } }

    func testTheButtonsAreNamedOnceWithoutTheMnemonic() { MainActor.assumeIsolated {
        let (parent, dialog) = Self.ask { _ in }
        let names = ["Cancel", "Delete"].flatMap { name in Self.buttons(in: dialog, named: name).map { _ in name } }
        // libadwaita keeps a row and a column of the same buttons and shows the one that fits.
        XCTAssertEqual(names.sorted(), ["Cancel", "Cancel", "Delete", "Delete"])
        gtk_window_destroy(samskap_window(dialog))
        gtk_window_destroy(samskap_window(parent.pointer))
    } }
}
