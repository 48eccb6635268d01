import Dispatch

/// Work off the main thread, one job after another. The window layer adds the one way back to GTK's main loop
/// (`run(_:then:)`, through `MainThread.post`).
///
/// Every background job of the window layer goes through a lane: the project read beside GTK's start-up, the charts'
/// figures. A lane runs its jobs in order, so a burst of edits queues computations instead of taking every core.
public final class BackgroundLane: Sendable {
    private let queue: DispatchQueue

    /// A lane; `qos` tells the system how soon its jobs are wanted.
    public init(_ label: String, qos: DispatchQoS = .userInitiated) {
        queue = DispatchQueue(label: label, qos: qos)
    }

    /// Runs `work` on the lane.
    public func run(_ work: @escaping @Sendable () -> Void) {
        queue.async(execute: work)
    }
}
