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
