import CGtk
import XCTest
@testable import SamskapUI

/// A test case that needs GTK: skips cleanly when there is no display.
class GtkTestCase: XCTestCase {
    override func setUpWithError() throws {
        try super.setUpWithError()
        guard GtkRuntime.isAvailable else { throw XCTSkip("No display (DISPLAY/WAYLAND_DISPLAY) for GTK") }
    }
}

/// Notes when it is freed, so a test can see that GLib released what held it.
final class Sentinel {
    private let onDeinit: () -> Void
    init(_ onDeinit: @escaping () -> Void) { self.onDeinit = onDeinit }
    deinit { onDeinit() }
}
