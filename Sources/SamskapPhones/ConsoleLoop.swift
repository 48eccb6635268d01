import CSoup
import Glibc

/// A GLib main loop for the headless `phones` command: runs until `quit`, hands each line of standard input to a
/// handler and quits cleanly on SIGINT and SIGTERM (a SIGKILL leaves the session in the file, to be resumed).
@MainActor
public final class ConsoleLoop {
    private let loop: OpaquePointer
    private var pending: [UInt8] = []
    private let onLine: (String) -> Void
    private let onEnd: () -> Void

    /// `onLine` gets each line without its newline; `onEnd` runs once, at end of input or on a signal.
    public init(onLine: @escaping (String) -> Void, onEnd: @escaping () -> Void) {
        loop = g_main_loop_new(nil, 0)
        self.onLine = onLine
        self.onEnd = onEnd
    }

    /// Runs until `quit()`.
    public func run() {
        let context = Unmanaged.passUnretained(self).toOpaque()
        g_unix_fd_add(0, G_IO_IN, { _, _, data in
            guard let data else { return 0 }
            return MainActor.assumeIsolated { Unmanaged<ConsoleLoop>.fromOpaque(data).takeUnretainedValue().readInput() ? 1 : 0 }
        }, context)
        for signal in [SIGINT, SIGTERM] {
            g_unix_signal_add(signal, { data in
                guard let data else { return 0 }
                MainActor.assumeIsolated { Unmanaged<ConsoleLoop>.fromOpaque(data).takeUnretainedValue().onEnd() }
                return 0
            }, context)
        }
        g_main_loop_run(loop)
    }

    /// For the load test: a 60 Hz tick on the main context, as the window's frame clock would have, counting the
    /// ticks that came late (a gap over 25 ms is a dropped frame). Started when SAMSKAP_PHONES_FRAME_PROBE is set.
    private var lastTick = 0.0, ticks = 0, lateTicks = 0, longestGap = 0.0

    public func startFrameProbe() {
        lastTick = Self.now()
        g_timeout_add_full(G_PRIORITY_DEFAULT, 16, { data in
            guard let data else { return 0 }
            MainActor.assumeIsolated { Unmanaged<ConsoleLoop>.fromOpaque(data).takeUnretainedValue().tick() }
            return 1
        }, Unmanaged.passUnretained(self).toOpaque(), nil)
    }

    /// "Frames: N, late: M, longest gap: X ms" since the last report.
    public func frameReport() -> String {
        defer { ticks = 0; lateTicks = 0; longestGap = 0 }
        return "Frames: \(ticks), late: \(lateTicks), longest gap: \(Int(longestGap * 1000)) ms"
    }

    private func tick() {
        let now = Self.now()
        let gap = now - lastTick
        lastTick = now
        ticks += 1
        if gap > 0.025 { lateTicks += 1 }
        longestGap = max(longestGap, gap)
    }

    private static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    /// Leaves `run()`.
    public func quit() { g_main_loop_quit(loop) }

    private func readInput() -> Bool {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = read(0, &buffer, buffer.count)
        guard count > 0 else {
            onEnd()
            return false
        }
        pending += buffer[0..<count]
        while let newline = pending.firstIndex(of: 10) {
            let line = String(decoding: pending[..<newline], as: UTF8.self)
            pending.removeSubrange(...newline)
            onLine(line)
        }
        return true
    }
}
