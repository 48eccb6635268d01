import CGtk
import CGtkTesting
@testable import SamskapGtk
import XCTest
@testable import SamskapUI

/// Typing or pasting over a selected text is one edit of a field that saves as it is typed: the form never sees
/// the empty text between the deletion and the insertion (which it would save, or mark as missing).
final class TypingOverASelectionTests: GtkTestCase {
    func testTypingOverTheSelectionInATextViewIsOneChange() { MainActor.assumeIsolated {
        let ref = GObjectRef(gtk_text_view_new(), .sink)!
        let view = ref.pointer.assumingMemoryBound(to: GtkWidget.self)
        let buffer = gtk_text_view_get_buffer(samskap_text_view(view))!
        gtk_text_buffer_set_text(buffer, "Familiene har et trygt hjem", -1)
        var seen: [String] = []
        Form.onChange(ofTextView: view) { seen.append(CStrings.text(ofTextView: view)) }

        // What GtkTextView does with a key typed over a selection (gtk_text_view_commit_text).
        var start = GtkTextIter(), end = GtkTextIter()
        gtk_text_buffer_get_bounds(buffer, &start, &end)
        gtk_text_buffer_select_range(buffer, &start, &end)
        gtk_text_buffer_begin_user_action(buffer)
        gtk_text_buffer_delete_selection(buffer, 1, 1)
        gtk_text_buffer_insert_interactive_at_cursor(buffer, "Å", -1, 1)
        gtk_text_buffer_end_user_action(buffer)
        XCTAssertEqual(seen, ["Å"], "one change, with the new text")

        // Set by the program (no user action): passed on at once, as before.
        gtk_text_buffer_set_text(buffer, "ny", -1)
        XCTAssertEqual(seen.last, "ny")
    } }

    func testPastingOverTheSelectionInAnEntryIsOneChange() { MainActor.assumeIsolated {
        let ref = GObjectRef(gtk_entry_new(), .sink)!
        let entry = ref.pointer.assumingMemoryBound(to: GtkWidget.self)
        let editable = samskap_editable(entry)
        gtk_editable_set_text(editable, "Familiene har et trygt hjem")
        var seen: [String] = []
        Signals.connect(entry, "changed") { seen.append(CStrings.text(ofEditable: entry)) }
        gdk_clipboard_set_text(gtk_widget_get_clipboard(entry), "Å")
        gtk_editable_select_region(editable, 0, -1)
        samskap_emit(UnsafeMutableRawPointer(gtk_editable_get_delegate(editable)!), "paste-clipboard")
        let context = g_main_context_default()
        let deadline = ContinuousClock.now + .seconds(5)
        while seen.isEmpty, ContinuousClock.now < deadline { g_main_context_iteration(context, 0) }
        XCTAssertEqual(seen, ["Å"], "one change, with the new text")
    } }
}
