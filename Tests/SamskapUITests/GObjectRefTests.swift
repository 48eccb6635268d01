import CGtk
import CGtkTesting
@testable import SamskapGtk
import XCTest
@testable import SamskapUI

final class GObjectRefTests: GtkTestCase {
    func testSinkTakesTheFloatingReference() { MainActor.assumeIsolated {
        let raw = gtk_label_new("x")!
        XCTAssertNotEqual(samskap_is_floating(raw), 0)
        let ref = GObjectRef(raw, .sink)!
        XCTAssertEqual(samskap_is_floating(ref.pointer), 0)
        XCTAssertEqual(samskap_ref_count(ref.pointer), 1)
    } }

    func testRetainAddsAndReleaseDrops() { MainActor.assumeIsolated {
        let owner = GObjectRef(gtk_label_new("x"), .sink)!
        do {
            let borrowed = GObjectRef(owner.pointer, .retain)!
            XCTAssertEqual(samskap_ref_count(borrowed.pointer), 2)
        }
        XCTAssertEqual(samskap_ref_count(owner.pointer), 1)
    } }

    func testAdoptKeepsTheCount() { MainActor.assumeIsolated {
        let provider = gtk_css_provider_new()
        let ref = GObjectRef(provider, .adopt)!
        XCTAssertEqual(samskap_ref_count(ref.pointer), 1)
        XCTAssertNil(GObjectRef(nil, .adopt))
    } }

    func testObjectIsFinalisedWithTheLastReference() { MainActor.assumeIsolated {
        var finalised = false
        do {
            let ref = GObjectRef(gtk_button_new(), .sink)!
            let sentinel = Sentinel { finalised = true }
            Signals.connect(ref.pointer, "destroy") { _ = sentinel }
        }
        XCTAssertTrue(finalised)
    } }
}
