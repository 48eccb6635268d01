import Glibc

/// One variable of this process's environment.
///
/// `ProcessInfo.processInfo.environment` copies every variable into a new dictionary on each use (about 50 µs);
/// start-up reads half a dozen of them, so they are read one at a time here.
public enum ProcessEnvironment {
    /// The variable's value; nil when it is not set.
    public static func value(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}
