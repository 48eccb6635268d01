import SamskapGtk
import SamskapPresentation

extension BackgroundLane {
    /// Runs `work` on the lane, then `done` with its result on the main loop.
    func run<Result: Sendable>(_ work: @escaping @Sendable () -> Result, then done: @escaping @MainActor @Sendable (Result) -> Void) {
        run {
            let result = work()
            MainThread.post { done(result) }
        }
    }
}
