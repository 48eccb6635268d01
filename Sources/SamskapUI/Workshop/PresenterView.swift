import FoundationEssentials
import SamskapCore
import SamskapGraphics
import SamskapGtk

/// The coordinator's view of a running workshop, in the project window while the workshop fills the other screen:
/// the current and the next screen as small previews, where the agenda stands, the time, the notes for the screen
/// and the controls (see `PresenterView+Controls`, `PresenterView+Notes`).
///
/// It holds no state of its own about the workshop: it reads the project's state and the `WorkshopWindow`, and its
/// controls act on that window, so a key pressed on the workshop screen and a button pressed here are one path.
@MainActor
final class PresenterView {
    weak var main: MainWindow?
    let root = Grid(columnSpacing: 18)
    let current = PresenterView.preview(name: tr("Preview of the current screen"))
    let next = PresenterView.preview(name: tr("Preview of the next screen"))
    /// The next screen's frame, hidden on the last screen.
    private let nextFrame: AspectFrame
    /// "Screen 2 of 7: Rating round", and what comes next.
    let position = Label("", classes: ["title-3"])
    let nextTitle = Label("", classes: ["title-3"])
    /// The workshop's time since it was presented, and a running timer's seconds left.
    let clock = Label("", classes: ["title-2", "numeric"])
    let countdown = Label("", classes: ["title-2", "numeric"])
    let notes = TextView(scrolledName: tr("Notes for this screen"))
    /// The phones' start and stop button, the same strip the workshop screen shows without a presenter view.
    let phonesBar = WorkshopPhonesBar()
    var buttons: [String: Button] = [:]
    /// The screen whose notes the field holds: another screen replaces the text, an edit of this one does not.
    var notesScreenID: UUID?
    var updatingNotes = false
    private let started = ContinuousClock.now
    private var clockSource: UInt32 = 0
    private var observer: UUID?
    /// What the previews last told the screen reader: told again only when it changes.
    private var described = (current: "", next: "")

    init(main: MainWindow) {
        self.main = main
        root.setMargins(18)
        root.setAccessibleName(tr("Presenter view"))
        nextFrame = Self.framed(next)

        // As a presenter view usually is: the current screen over two thirds of the width with the controls under it;
        // the next screen, the time and the notes in the last third. The titles above the previews: a preview keeps
        // the projector's proportions, and what room is left in its column falls below it.
        let currentColumn = Box(.vertical, spacing: 8)
        currentColumn.append(position, Self.framed(current), controls(), phonesBar.root)
        let side = Box(.vertical, spacing: 8)
        side.append(nextTitle, nextFrame, clock, countdown, notesField(), endControls())
        root.columnHomogeneous = true
        root.attach(currentColumn, column: 0, row: 0, width: 2, height: 1)
        root.attach(side, column: 2, row: 0, width: 1, height: 1)

        current.onDraw(self) { view, cr, width, height in
            view.drawPreview(cr, width: Double(width), height: Double(height), next: false)
        }
        next.onDraw(self) { view, cr, width, height in
            view.drawPreview(cr, width: Double(width), height: Double(height), next: true)
        }
        observer = main.state.observe { [weak self] in self?.refresh() }
        root.connect("destroy", owner: self) { $0.stop() }
        forwardKeys()
        tickClock()
        refresh()
    }

    /// The workshop this view presents; nil once it has ended.
    var workshop: WorkshopWindow? { main?.workshop }

    /// Ends the clock and the observation; the view is about to go.
    func stop() {
        Timers.cancel(clockSource)
        clockSource = 0
        if let observer, let main { main.state.removeObserver(observer) }
        observer = nil
    }

    /// Shows where the workshop stands: after every edit, and whenever the workshop window redraws (a key, the timer,
    /// the phones, the theme).
    func refresh() {
        guard let main else { return }
        let agenda = main.state.document.workshop ?? .empty
        if let index = agenda.currentIndex {
            let screen = agenda.screens[index]
            position.text = trf("Screen %1$s of %2$s: %3$s", String(index + 1), String(agenda.screens.count),
                                screen.kind.name(Translations.language))
            let following = agenda.next.map { trf("Next: %1$s", $0.kind.name(Translations.language)) } ?? tr("This is the last screen.")
            nextTitle.text = following
            nextFrame.isVisible = agenda.next != nil
        }
        showNotes(of: agenda.current)
        updateControls(agenda)
        updateClock()
        current.queueDraw()
        next.queueDraw()
    }

    // MARK: Previews

    /// A drawing area for a screen's preview, in the projector's proportions (16:9).
    private static func preview(name: String) -> DrawingArea {
        let area = DrawingArea()
        area.expandsHorizontally = true
        area.expandsVertically = true
        area.setAccessibleName(name)
        return area
    }

    private static func framed(_ area: DrawingArea) -> AspectFrame {
        let frame = AspectFrame(ratio: 16.0 / 9.0)
        frame.setChild(area)
        area.addCSSClass("presenter-preview")
        return frame
    }

    /// Draws the current or the next screen with the workshop's own renderer and theme, so the preview is what the
    /// room sees (the next screen as it will open: nothing highlighted, no entry, no timer running).
    private func drawPreview(_ cr: OpaquePointer, width: Double, height: Double, next: Bool) {
        let theme = workshop?.theme ?? .dark
        guard let scene = next ? nextScene() : workshop?.scene() else {
            let palette = theme.palette
            DrawingArea.paint(cr, red: palette.background.r, green: palette.background.g, blue: palette.background.b)
            describe(next ? tr("No screen follows.") : "", next: next)
            return
        }
        let layout = WorkshopRenderer.draw(scene, context: cr, width: width, height: height, theme: theme,
                                           language: Translations.language)
        describe(layout.description, next: next)
    }

    private func describe(_ text: String, next: Bool) {
        guard text != (next ? described.next : described.current) else { return }
        if next { described.next = text } else { described.current = text }
        (next ? self.next : current).setAccessibleDescription(text)
    }

    /// The scene of the screen after the current one, as `WorkshopWindow.scene()` builds the current one.
    private func nextScene() -> WorkshopScene? {
        guard let main, let workshop, let model = workshop.model else { return nil }
        let agenda = workshop.agenda
        guard let index = agenda.currentIndex, index + 1 < agenda.screens.count else { return nil }
        return WorkshopScene(document: main.state.document, model: model, screen: agenda.screens[index + 1], index: index + 1,
                             count: agenda.screens.count, today: Day.today())
    }

    // MARK: Time

    /// Ticks once a second: the workshop's time goes on between edits.
    private func tickClock() {
        clockSource = Timers.after(milliseconds: 1000) { [weak self] in
            guard let self else { return }
            self.clockSource = 0
            self.updateClock()
            self.tickClock()
        }
    }

    private func updateClock() {
        let elapsed = Int((ContinuousClock.now - started).components.seconds)
        clock.text = trf("Workshop time %1$s", Self.duration(elapsed))
        if let workshop, workshop.agenda.current?.kind == .timer {
            let left = workshop.secondsLeft ?? workshop.agenda.current?.seconds ?? 0
            let text = workshop.timerSource != 0 ? trf("Timer: %1$s left", Self.duration(left))
                                                  : trf("Timer stopped: %1$s left", Self.duration(left))
            countdown.text = text
            countdown.isVisible = true
        } else {
            countdown.isVisible = false
        }
    }

    /// 1:05:07 over an hour, 05:07 under, as the timer screen writes it.
    static func duration(_ seconds: Int) -> String {
        let s = max(0, seconds)
        let two = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
        return s >= 3600 ? "\(s / 3600):\(two(s / 60 % 60)):\(two(s % 60))" : "\(two(s / 60)):\(two(s % 60))"
    }
}
