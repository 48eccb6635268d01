import CGtk
@testable import SamskapGtk
import XCTest
@testable import SamskapUI

final class AccessibilityTests: GtkTestCase {
    func testLabelIsSet() { MainActor.assumeIsolated {
        let entry = GObjectRef(gtk_entry_new(), .sink)!
        XCTAssertFalse(Accessibility.hasLabel(entry.pointer, "Navn på aktør"))
        Accessibility.setLabel(entry.pointer, "Navn på aktør")
        XCTAssertTrue(Accessibility.hasLabel(entry.pointer, "Navn på aktør"))
        XCTAssertFalse(Accessibility.hasLabel(entry.pointer, "Name"))
    } }

    func testButtonsGetTheirLabelAsName() { MainActor.assumeIsolated {
        let button = GObjectRef(Widgets.button("_Legg til", accessibleName: "Legg til aktør") {}, .sink)!
        XCTAssertTrue(Accessibility.hasLabel(button.pointer, "Legg til aktør"))
        let icon = GObjectRef(Widgets.iconButton("list-remove-symbolic", name: "Fjern") {}, .sink)!
        XCTAssertTrue(Accessibility.hasLabel(icon.pointer, "Fjern"))
    } }
}
