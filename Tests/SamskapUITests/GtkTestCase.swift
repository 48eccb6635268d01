import CGtk
@testable import SamskapGtk
import XCTest
@testable import SamskapUI

/// A test case that needs GTK: skips cleanly when there is no display, and fails on any critical or warning
/// GLib or GTK logged while it ran (`GLibComplaints`).
class GtkTestCase: XCTestCase {
    override func setUpWithError() throws {
        try super.setUpWithError()
        guard Self.gtkStarted else { throw XCTSkip("No display (DISPLAY/WAYLAND_DISPLAY) for GTK") }
    }

    /// GTK started once, with the log writer in place before it; what the start logged is the environment's, not a test's.
    private static let gtkStarted: Bool = {
        GLibComplaints.install()
        let available = GtkRuntime.isAvailable
        for complaint in GLibComplaints.take() { print("GTK's start logged: \(complaint)") }
        return available
    }()

    override func tearDownWithError() throws {
        for complaint in GLibComplaints.take() {
            XCTFail("GLib/GTK complained while the test ran: \(complaint)")
        }
        try super.tearDownWithError()
    }
}

/// Notes when it is freed, so a test can see that GLib released what held it.
final class Sentinel {
    private let onDeinit: () -> Void
    init(_ onDeinit: @escaping () -> Void) { self.onDeinit = onDeinit }
    deinit { onDeinit() }
}
