import CGtk
import FoundationEssentials
import Glibc
import SamskapCore
import SamskapGtk

/// `SAMSKAP_FRAME_LOG=PATH`, for `make bench`: the workshop screen redraws on every tick of its frame clock, as an
/// animation would, and logs each frame to PATH in two lines: `tick N T` when the frame clock's frame N began (its
/// update phase) and `paint N T` when that frame was painted, T in microseconds of CLOCK_MONOTONIC (the clock of
/// `g_get_monotonic_time` and of Python's `time.monotonic()`). A late tick is a frame the projector would have missed;
/// the time from a tick to its paint tells the drawing's own cost from the phones' requests on the same main loop.
/// `Tests/UI/bench_workshop_frames.py` reads it. Without the variable nothing is installed.
@MainActor
enum WorkshopFrameLog {
    /// Starts logging the frames of `area` when the variable names a file; a file that cannot be opened is said on
    /// standard error once and nothing is logged.
    static func startIfAsked(on area: Widget) {
        guard let path = ProcessEnvironment.value("SAMSKAP_FRAME_LOG"), !path.isEmpty else { return }
        guard let log = FrameLogFile(path: path) else {
            StandardStream.error.write("SAMSKAP_FRAME_LOG: cannot write \(path)\n")
            return
        }
        let tick: GtkTickCallback = { widget, clock, data in
            guard let widget, let clock, let data else { return 0 }
            Unmanaged<FrameLogFile>.fromOpaque(data).takeUnretainedValue().write("tick", clock)
            gtk_widget_queue_draw(widget)
            return 1  // G_SOURCE_CONTINUE: the clock keeps ticking while the window is shown
        }
        let release: GDestroyNotify = { data in
            guard let data else { return }
            Unmanaged<FrameLogFile>.fromOpaque(data).release()
        }
        gtk_widget_add_tick_callback(area, tick, Unmanaged.passRetained(log).toOpaque(), release)
        // The frame clock is the window's surface's: there once the window is shown.
        Signals.connectOnce(area, "map") {
            guard let clock = gtk_widget_get_frame_clock(area) else { return }
            _ = Signals.connect(clock, "after-paint") { log.write("paint", clock) }
        }
    }
}

/// The open log; closed when the last of the tick callback and the paint handler lets go of it.
private final class FrameLogFile {
    private let descriptor: Int32

    init?(path: String) {
        descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return nil }
    }

    deinit { close(descriptor) }

    /// One line, written at once (the bench reads the file while the app runs).
    func write(_ kind: String, _ clock: OpaquePointer) {
        let line = "\(kind) \(gdk_frame_clock_get_frame_counter(clock)) \(g_get_monotonic_time())\n"
        _ = line.utf8CString.withUnsafeBufferPointer { Glibc.write(descriptor, $0.baseAddress, $0.count - 1) }
    }
}
