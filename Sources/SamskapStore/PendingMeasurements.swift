import Dispatch
import FoundationEssentials
import Glibc
import SamskapCore

/// Reads the measurement table on its own thread and connection, started at once; `wait()` hands over the rows.
final class PendingMeasurements: @unchecked Sendable {
    // Written once by the reading thread before it signals, read once after `wait()`: the semaphore orders them.
    private var result: Result<[SamskapCore.Measurement], Error> = .success([])
    private let done = DispatchSemaphore(value: 0)

    init(url: URL) {
        startThread { [self] in
            result = Result {
                // Read-only, as it only reads: a read-write connection would switch a rollback-journal file to WAL.
                let connection = try SQLiteConnection(path: url.path, create: false, readOnly: true)
                defer { connection.close() }
                try ProjectFile.configureForReading(connection)
                return try ProjectReader(connection: connection, url: url).readMeasurements()
            }
            done.signal()
        }
    }

    func wait() throws -> [SamskapCore.Measurement] {
        done.wait()
        return try result.get()
    }
}

/// Runs the work on a thread of its own, started at once: a pool thread of Dispatch might first wait for others,
/// and the loader on another pool thread would wait for it. Inline when no thread can be made.
private func startThread(_ work: @escaping @Sendable () -> Void) {
    final class Work {
        let run: @Sendable () -> Void
        init(_ run: @escaping @Sendable () -> Void) { self.run = run }
    }
    let context = Unmanaged.passRetained(Work(work)).toOpaque()
    var thread = pthread_t()
    let started = pthread_create(&thread, nil, { context in
        Unmanaged<Work>.fromOpaque(context!).takeRetainedValue().run()
        return nil
    }, context)
    if started == 0 {
        pthread_detach(thread)
    } else {
        Unmanaged<Work>.fromOpaque(context).takeRetainedValue().run()
    }
}
