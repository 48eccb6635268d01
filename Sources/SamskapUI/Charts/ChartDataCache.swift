import Dispatch
import FoundationEssentials
import SamskapCore
import SamskapGraphics
import SamskapGtk

/// The figures every chart of a window reads, computed once per edit of the project and shared.
///
/// `ChartData` runs Core's computations (process results, indicator progress), which take a while on a
/// large project: they run on a background thread so that the window's first frame and typing never wait
/// for them. Until the figures of the latest edit are ready, charts keep showing the previous ones.
@MainActor
final class ChartDataCache {
    /// The figures of the document as it was at `revision`.
    private(set) var data: ChartData?
    /// Why the model content could not be loaded, if it could not.
    private(set) var failure: String?
    private unowned let state: ProjectState
    private var revision = 0
    private var dataRevision = -1
    private var computing: Int?
    private var model: ModelContent?
    private var listeners: [UUID: @MainActor () -> Void] = [:]
    private var observer: UUID?
    private let lane = BackgroundLane("samskap.chart-data")
    /// True until the window's first frame is painted: computations asked for wait till then.
    private var holding = false
    /// A computation was asked for while holding.
    private var wanted = false

    /// Follows the state's edits.
    init(state: ProjectState) {
        self.state = state
        observer = state.observe { [weak self] in self?.invalidate() }
    }


    /// The latest figures (possibly of the previous edit), starting their computation when they are stale.
    func current() -> ChartData? {
        if dataRevision != revision && computing != revision {
            if holding { wanted = true } else { compute() }
        }
        return data
    }

    /// Holds computations back until `window` has painted its first frame: that frame shows the charts'
    /// canvas only either way (the figures take longer than a frame), and on a busy machine the
    /// computation would take processor time from the frame itself.
    func holdUntilFirstFrame(of window: Widget) {
        holding = true
        FirstPaint.after(window) { [weak self] in self?.release() }
    }

    private func release() {
        guard holding else { return }
        holding = false
        if wanted {
            wanted = false
            _ = current()
        }
    }

    /// Calls `listener` whenever new figures are ready; returns a token for `removeListener`.
    @discardableResult
    func addListener(_ listener: @escaping @MainActor () -> Void) -> UUID {
        let token = UUID()
        listeners[token] = listener
        return token
    }

    /// Stops calling a listener.
    func removeListener(_ token: UUID) { listeners[token] = nil }

    private func invalidate() {
        revision += 1
        // Listeners redraw, and their draw asks for `current()`, which starts the computation.
        for listener in listeners.values { listener() }
    }

    private func compute() {
        let target = revision
        computing = target
        let document = state.document
        let loaded = model
        let language = Translations.language
        lane.run({
            Result<(ChartData, ModelContent), Error> {
                let model = try loaded ?? ModelContent.load(language)
                return (ChartData(document: document, model: model), model)
            }
        }, then: { [weak self] result in self?.finish(result, revision: target) })
    }

    private func finish(_ result: Result<(ChartData, ModelContent), Error>, revision target: Int) {
        if computing == target { computing = nil }
        switch result {
        case .success(let (data, model)):
            self.model = model
            // An older result than the one shown (edits overtook each other) is dropped.
            guard target > dataRevision else { return }
            self.data = data
            dataRevision = target
            failure = nil
        case .failure(let error):
            failure = String(describing: error)
        }
        for listener in listeners.values { listener() }
    }
}
