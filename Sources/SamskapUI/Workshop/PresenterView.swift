import CGtk
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
    let root: Widget
    let current: Widget
    let next: Widget
    /// The next screen's frame, hidden on the last screen.
    private let nextFrame: Widget
    /// "Screen 2 of 7: Rating round", and what comes next.
    let position: Widget
    let nextTitle: Widget
    /// The workshop's time since it was presented, and a running timer's seconds left.
    let clock: Widget
    let countdown: Widget
    let notes: Widget
    /// The phones' start and stop button, the same strip the workshop screen shows without a presenter view.
    let phonesBar = WorkshopPhonesBar()
    var buttons: [String: Widget] = [:]
    /// The screen whose notes the field holds: another screen replaces the text, an edit of this one does not.
    var notesScreenID: UUID?
    var updatingNotes = false
    private let started = ContinuousClock.now
    private var clockSource: guint = 0
    private var observer: UUID?
    /// What the previews last told the screen reader: told again only when it changes.
    private var described = (current: "", next: "")

    init(main: MainWindow) {
        self.main = main
        root = gtk_grid_new()!
        Widgets.margins(root, 18)
        Accessibility.setLabel(root, tr("Presenter view"))
        current = Self.preview(name: tr("Preview of the current screen"))
        next = Self.preview(name: tr("Preview of the next screen"))
        nextFrame = Self.framed(next)
        position = Widgets.label("", classes: ["title-3"])
        nextTitle = Widgets.label("", classes: ["title-3"])
        clock = Widgets.label("", classes: ["title-2", "numeric"])
        countdown = Widgets.label("", classes: ["title-2", "numeric"])
        notes = gtk_text_view_new()!

        // As a presenter view usually is: the current screen over two thirds of the width with the controls under it;
        // the next screen, the time and the notes in the last third. The titles above the previews: a preview keeps
        // the projector's proportions, and what room is left in its column falls below it.
        let currentColumn = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 8)
        Widgets.append(currentColumn, position, Self.framed(current), controls(), phonesBar.root)
        let side = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 8)
        Widgets.append(side, nextTitle, nextFrame, clock, countdown, notesField(), endControls())
        gtk_grid_set_column_homogeneous(samskap_grid(root), 1)
        gtk_grid_set_column_spacing(samskap_grid(root), 18)
        gtk_grid_attach(samskap_grid(root), currentColumn, 0, 0, 2, 1)
        gtk_grid_attach(samskap_grid(root), side, 2, 0, 1, 1)

        ChartSignals.setDrawFunction(current) { [weak self] cr, width, height in
            self?.drawPreview(cr, width: Double(width), height: Double(height), next: false)
        }
        ChartSignals.setDrawFunction(next) { [weak self] cr, width, height in
            self?.drawPreview(cr, width: Double(width), height: Double(height), next: true)
        }
        observer = main.state.observe { [weak self] in self?.refresh() }
        Signals.connect(root, "destroy") { [weak self] in self?.stop() }
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
            gtk_label_set_text(samskap_label(position), trf("Screen %1$s of %2$s: %3$s", String(index + 1),
                                                            String(agenda.screens.count), screen.kind.name(Translations.language)))
            let following = agenda.next.map { trf("Next: %1$s", $0.kind.name(Translations.language)) } ?? tr("This is the last screen.")
            gtk_label_set_text(samskap_label(nextTitle), following)
            gtk_widget_set_visible(nextFrame, agenda.next == nil ? 0 : 1)
        }
        showNotes(of: agenda.current)
        updateControls(agenda)
        updateClock()
        gtk_widget_queue_draw(current)
        gtk_widget_queue_draw(next)
    }

    // MARK: Previews

    /// A drawing area for a screen's preview, in the projector's proportions (16:9).
    private static func preview(name: String) -> Widget {
        let area = gtk_drawing_area_new()!
        gtk_widget_set_hexpand(area, 1)
        gtk_widget_set_vexpand(area, 1)
        Accessibility.setLabel(area, name)
        return area
    }

    private static func framed(_ area: Widget) -> Widget {
        let frame = gtk_aspect_frame_new(0, 0, 16.0 / 9.0, 0)!
        gtk_aspect_frame_set_child(samskap_aspect_frame(frame), area)
        Widgets.addClasses(area, ["presenter-preview"])
        return frame
    }

    /// Draws the current or the next screen with the workshop's own renderer and theme, so the preview is what the
    /// room sees (the next screen as it will open: nothing highlighted, no entry, no timer running).
    private func drawPreview(_ cr: OpaquePointer, width: Double, height: Double, next: Bool) {
        let theme = workshop?.theme ?? .dark
        guard let scene = next ? nextScene() : workshop?.scene() else {
            let palette = theme.palette
            cairo_set_source_rgb(cr, palette.background.r, palette.background.g, palette.background.b)
            cairo_paint(cr)
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
        Accessibility.setDescription(next ? self.next : current, text)
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
        gtk_label_set_text(samskap_label(clock), trf("Workshop time %1$s", Self.duration(elapsed)))
        if let workshop, workshop.agenda.current?.kind == .timer {
            let left = workshop.secondsLeft ?? workshop.agenda.current?.seconds ?? 0
            let text = workshop.timerSource != 0 ? trf("Timer: %1$s left", Self.duration(left))
                                                  : trf("Timer stopped: %1$s left", Self.duration(left))
            gtk_label_set_text(samskap_label(countdown), text)
            gtk_widget_set_visible(countdown, 1)
        } else {
            gtk_widget_set_visible(countdown, 0)
        }
    }

    /// 1:05:07 over an hour, 05:07 under, as the timer screen writes it.
    static func duration(_ seconds: Int) -> String {
        let s = max(0, seconds)
        let two = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
        return s >= 3600 ? "\(s / 3600):\(two(s / 60 % 60)):\(two(s % 60))" : "\(two(s / 60)):\(two(s % 60))"
    }
}
