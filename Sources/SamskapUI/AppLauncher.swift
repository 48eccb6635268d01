import FoundationEssentials
import SamskapCore

/// Entry point of the window layer, called by the `samskap` executable.
public enum AppLauncher {
    /// Runs the application on the given arguments (project files to open); returns the exit status.
    ///
    /// Call from the main thread.
    public static func run(arguments: [String]) -> Int32 {
        MainActor.assumeIsolated {
            let application = SamskapApplication()
            return application.run(["samskap"] + arguments)
        }
    }
}
