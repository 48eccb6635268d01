import CGtk
import Foundation

/// `SAMSKAP_BENCH_FIRST_FRAME=1`: quit as soon as the first project window has painted its first frame,
/// so `Tests/BenchFloor/first_frame.sh` can time start-up against a bare GTK window doing the same.
@MainActor
enum FirstFrameBench {
    /// Whether the benchmark asked for it.
    static let isOn = ProcessInfo.processInfo.environment["SAMSKAP_BENCH_FIRST_FRAME"] == "1"

    /// Quits after the window's first frame (nothing when the benchmark is off).
    static func install(on window: Widget, application: SamskapApplication) {
        guard isOn else { return }
        FirstPaint.after(window) { [unowned application] in
            // After this frame's work is done, as the floor does by destroying its window.
            Timers.after(milliseconds: 0) { application.quit() }
        }
    }
}
