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
    static func startIfAsked(on area: DrawingArea) {
        guard let path = ProcessEnvironment.value("SAMSKAP_FRAME_LOG"), !path.isEmpty else { return }
        guard let log = FrameLogFile(path: path) else {
            StandardStream.error.write("SAMSKAP_FRAME_LOG: cannot write \(path)\n")
            return
        }
        area.animate { frame in log.write("tick", frame) }
        area.onAfterPaint { frame in log.write("paint", frame) }
    }
}

/// The open log; closed when the last of the frame handler and the paint handler lets go of it.
private final class FrameLogFile {
    private let descriptor: Int32

    init?(path: String) {
        descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return nil }
    }

    deinit { close(descriptor) }

    /// One line, written at once (the bench reads the file while the app runs).
    func write(_ kind: String, _ frame: Int64) {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)  // the clock of g_get_monotonic_time, in microseconds below
        let line = "\(kind) \(frame) \(Int64(now.tv_sec) * 1_000_000 + Int64(now.tv_nsec) / 1000)\n"
        _ = line.utf8CString.withUnsafeBufferPointer { Glibc.write(descriptor, $0.baseAddress, $0.count - 1) }
    }
}
