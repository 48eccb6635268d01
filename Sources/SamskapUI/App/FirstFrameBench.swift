import Glibc
import FoundationEssentials
import SamskapCore
import SamskapGtk

/// `SAMSKAP_BENCH_FIRST_FRAME=1`: print the moment the first project window has painted its first frame and quit,
/// so `Tests/BenchFloor/first_frame.sh` can time start-up against a bare GTK window doing the same.
@MainActor
enum FirstFrameBench {
    /// Whether the benchmark asked for it.
    static let isOn = ProcessEnvironment.value("SAMSKAP_BENCH_FIRST_FRAME") == "1"

    /// Reports the first frame and quits (nothing when the benchmark is off).
    static func install(on window: Widget, application: SamskapApplication) {
        guard isOn else { return }
        FirstPaint.after(window) { [weak application] in
            // The same line as the floor's (first-frame.c): wall-clock nanoseconds, read by the script.
            var now = timespec()
            clock_gettime(CLOCK_REALTIME, &now)
            StandardStream.output.write("first-frame-ns \(Int(now.tv_sec) * 1_000_000_000 + now.tv_nsec)\n")
            Timers.after(milliseconds: 0) { application?.quit() }
        }
    }
}
