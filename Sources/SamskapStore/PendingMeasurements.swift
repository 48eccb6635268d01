import Foundation
import SamskapCore

/// Reads the measurement table on its own thread and connection, started at once; `wait()` hands over the rows.
final class PendingMeasurements: @unchecked Sendable {
    // Written once by the reading thread before it signals, read once after `wait()`: the semaphore orders them.
    private var result: Result<[SamskapCore.Measurement], Error> = .success([])
    private let done = DispatchSemaphore(value: 0)

    init(url: URL) {
        let thread = Thread { [self] in
            result = Result {
                let connection = try SQLiteConnection(path: url.path, create: false)
                defer { connection.close() }
                try ProjectFile.configure(connection)
                try connection.execute("PRAGMA query_only = ON")
                return try ProjectReader(connection: connection, url: url).readMeasurements()
            }
            done.signal()
        }
        thread.start()
    }

    func wait() throws -> [SamskapCore.Measurement] {
        done.wait()
        return try result.get()
    }
}
