import CGtk
import CGtkTesting
@testable import SamskapGtk
import XCTest
@testable import SamskapUI

/// The libadwaita shell's own parts: the sidebar's entries and the toasts.
final class ShellTests: GtkTestCase {
    @MainActor private static func slot(_ name: String, _ title: String) -> PageSlot {
        PageSlot(name: name, title: title, type: OverviewPage.self, icon: "user-home-symbolic") { _ in
            fatalError("the sidebar never builds a page itself")
        }
    }

    func testSidebarEntriesAreNamedAndChoosingOneReportsItsPage() { MainActor.assumeIsolated {
        let sidebar = Sidebar()
        let flap = sidebar.fold(content: Stack())
        var chosen: [String] = []
        sidebar.add(Self.slot("overview", "Oversikt")) { chosen.append($0) }
        sidebar.add(Self.slot("partners", "Samarbeidspartnere")) { chosen.append($0) }
        sidebar.select("partners")
        XCTAssertEqual(chosen, ["partners"])
        sidebar.select("overview")
        XCTAssertEqual(chosen, ["partners", "overview"], "the entries are one group: choosing one reports it")
        XCTAssertTrue(sidebar.has("partners"))
        XCTAssertFalse(sidebar.has("report"))
        // The entries are toggle buttons named by their title (the real-window tests find them so).
        let list = gtk_scrolled_window_get_child(samskap_scrolled_window(adw_flap_get_flap(OpaquePointer(flap.widget))))!
        let box = gtk_viewport_get_child(OpaquePointer(list)) ?? list
        var names: [String] = []
        var child = gtk_widget_get_first_child(box)
        while let entry = child {
            if samskap_accessible_check_label(entry, "Samarbeidspartnere") == nil { names.append("Samarbeidspartnere") }
            if samskap_accessible_check_label(entry, "Oversikt") == nil { names.append("Oversikt") }
            child = gtk_widget_get_next_sibling(entry)
        }
        XCTAssertEqual(names, ["Oversikt", "Samarbeidspartnere"])
        _ = flap
    } }

    func testAToastShowsANameWithMarkupCharactersAsText() { MainActor.assumeIsolated {
        let toast = ToastOverlay()
        var undone = 0
        toast.show("Slettet «Bolig & <tjenester>»", actionTitle: "_Angre") { undone += 1 }
        let shown = try? XCTUnwrap(toast.current)
        XCTAssertEqual(shown.map { String(cString: adw_toast_get_title($0)) }, "Slettet «Bolig &amp; &lt;tjenester&gt;»",
                       "AdwToast reads its title as markup: the text must arrive escaped")
        if let shown { samskap_emit(UnsafeMutableRawPointer(shown), "button-clicked") }
        XCTAssertEqual(undone, 1, "the toast's button runs the action")
    } }
}
