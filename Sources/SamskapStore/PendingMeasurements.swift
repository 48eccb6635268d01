import Foundation
import Glibc
import SamskapCore

/// The measurement table, read on a thread and connection of its own from the moment this is made; `wait()` hands
/// over the rows. The file is locked to this process, and nothing is written before the rows are taken, so the
/// rows match what the other connection reads.
public final class PendingMeasurements: @unchecked Sendable {
    // Written once by the reading thread before it signals, read after `wait()`: the semaphore orders them.
    private var result: Result<[SamskapCore.Measurement], Error> = .success([])
    private let done = DispatchSemaphore(value: 0)
    private var isTaken = false

    /// Starts reading. With `yielding`, the thread runs at a lower priority: a window that is starting needs the
    /// processor more than rows it will only show later.
    init(url: URL, yielding: Bool = false) {
        let thread = Thread { [self] in
            // On Linux the nice value belongs to the thread; 0 names the calling one.
            if yielding { setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 10) }
            result = Result {
                let connection = try SQLiteConnection(path: url.path, create: false)
                defer { connection.close() }
                try ProjectFile.configure(connection)
                try connection.execute("PRAGMA query_only = ON")
                return try ProjectReader(connection: connection, url: url).readMeasurements()
            }.mapError { ProjectFile.mapped($0, url: url, writing: false) }
            done.signal()
        }
        thread.start()
    }

    /// The rows, once read; throws what went wrong reading them. Returns them once: later calls return none.
    public func wait() throws -> [SamskapCore.Measurement] {
        if isTaken { return [] }
        done.wait()
        isTaken = true
        defer { result = .success([]) }
        return try result.get()
    }
}
