import Dispatch

/// Work off the main thread, one job after another, and the one way back to GTK's main loop (`MainThread.post`).
///
/// Every background job of the window layer goes through a lane: the project read beside GTK's start-up, the charts'
/// figures. A lane runs its jobs in order, so a burst of edits queues computations instead of taking every core.
final class BackgroundLane: Sendable {
    private let queue: DispatchQueue

    /// A lane; `qos` tells the system how soon its jobs are wanted.
    init(_ label: String, qos: DispatchQoS = .userInitiated) {
        queue = DispatchQueue(label: label, qos: qos)
    }

    /// Runs `work` on the lane.
    func run(_ work: @escaping @Sendable () -> Void) {
        queue.async(execute: work)
    }

    /// Runs `work` on the lane, then `done` with its result on the main loop.
    func run<Result: Sendable>(_ work: @escaping @Sendable () -> Result, then done: @escaping @MainActor @Sendable (Result) -> Void) {
        queue.async {
            let result = work()
            MainThread.post { done(result) }
        }
    }
}
