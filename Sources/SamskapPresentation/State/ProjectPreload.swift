import Dispatch
import FoundationEssentials
import SamskapCore

/// Reads the project file named on the command line on a background thread while GTK starts, so that the
/// window does not wait for GTK and then for the file (a large project takes about a tenth of a second).
///
/// Started only once this process is the primary instance: the file is locked while open, and a process that
/// hands its file to a running instance must not hold that lock. `SamskapApplication.open` takes the result
/// when it opens the same file, and reads it itself when there is none (or the read failed: it then tells why).
public final class ProjectPreload: @unchecked Sendable {
    /// The file being read (standardized, symlinks resolved).
    public let url: URL
    private let done = DispatchSemaphore(value: 0)
    private static let lane = BackgroundLane("samskap.preload", qos: .userInteractive)
    // Written once on the background thread before `done` is signalled; read after waiting on it.
    private var result: OpenedProject?

    /// The project file among the arguments of the command line: the first that names an existing file.
    public static func candidate(in arguments: [String]) -> URL? {
        for argument in arguments where !argument.hasPrefix("-") {
            var isFolder = false
            if FileManager.default.fileExists(atPath: argument, isDirectory: &isFolder), !isFolder {
                return URL(fileURLWithPath: argument).standardizedFileURL.resolvingSymlinksInPath()
            }
        }
        return nil
    }

    /// Starts reading the file on a background thread.
    public init(url: URL) {
        self.url = url
        Self.lane.run { [self] in
            defer { done.signal() }
            // Without the measurements and answers, which the window reads after its first frame: read beside GTK's
            // start-up, they held the window back on a two-core machine, and added to the memory that frame takes.
            result = try? ProjectFiles.openDeferringBulk(url)
        }
    }

    /// Waits for the read; the store and document when it succeeded (nil: read the file the usual way).
    public func take() -> OpenedProject? {
        done.wait()
        defer { result = nil }
        return result
    }
}
