import SamskapCore

/// Entry point of the window layer, called by the `samskap` executable.
public enum AppLauncher {
    /// Runs the application on the given arguments (project files to open); returns the exit status.
    public static func run(arguments: [String]) -> Int32 {
        print("The window is not built yet.")
        return 1
    }
}
