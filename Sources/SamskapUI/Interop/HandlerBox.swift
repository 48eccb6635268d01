/// A Swift closure kept alive for a GLib signal or callback; passed as `gpointer` user data with
/// `Unmanaged.passRetained` and released in the `GClosureNotify` (see `Signals`).
final class HandlerBox<Function> {
    /// The closure to run.
    let function: Function

    /// Boxes a closure.
    init(_ function: Function) { self.function = function }
}
