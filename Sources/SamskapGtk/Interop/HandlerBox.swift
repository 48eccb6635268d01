import CGtk

/// A Swift closure kept alive for a GLib signal, source or callback: passed as `gpointer` user data (`retained`),
/// read back in the `@convention(c)` trampoline (`function(_:)`), and released by GLib through the one release
/// path below, `releaseClosure` for signals and `releaseData` for sources and draw functions.
public final class HandlerBox<Function> {
    /// The closure to run.
    public let function: Function

    /// Boxes a closure.
    public init(_ function: Function) { self.function = function }

    /// A new box as user data, retained once; GLib gives it back to `releaseClosure` or `releaseData`.
    public static func retained(_ function: Function) -> gpointer {
        Unmanaged.passRetained(HandlerBox(function) as AnyObject).toOpaque()
    }

    /// The closure in user data made by `retained` (not released: GLib does that).
    public static func function(_ data: gpointer) -> Function {
        (Unmanaged<AnyObject>.fromOpaque(data).takeUnretainedValue() as! HandlerBox<Function>).function
    }
}

/// The one release of every box handed to GLib.
public enum HandlerBoxes {
    /// Releases a box given to a signal (`GClosureNotify`).
    public static let releaseClosure: GClosureNotify = { data, _ in release(data) }

    /// Releases a box given to a main-loop source or a callback with a `GDestroyNotify`.
    public static let releaseData: GDestroyNotify = { data in release(data) }

    private static func release(_ data: gpointer?) {
        guard let data else { return }
        Unmanaged<AnyObject>.fromOpaque(data).release()
    }
}
