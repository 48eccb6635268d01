import FoundationEssentials
import SamskapCore
import SamskapGraphics
import SamskapGtk

/// The workshop on the projector: one full-screen window whose whole content is the current agenda screen, drawn
/// by `WorkshopRenderer` at the window's real pixel size and run from the keyboard (see `WorkshopWindow+Keys`).
///
/// Every step is saved through the project window's state as it happens (the screen on show, each answer, each
/// reveal), so Esc, a crash or a restart loses nothing and the workshop resumes where it stopped.
@MainActor
final class WorkshopWindow {
    unowned let main: MainWindow
    let window = Window()
    let area = DrawingArea()
    private let help = Label(WorkshopWindow.keysText(), classes: ["workshop-keys"])
    /// The agenda's theme (T changes it), so a resumed workshop is shown as it was.
    var theme: ChartTheme { ChartTheme(rawValue: agenda.theme.rawValue) ?? .dark }
    /// The coordinator's fast entry on a rating screen.
    var entry = WorkshopEntry()
    /// The highlighted dimension on a model screen.
    var highlight = 0
    /// A running timer's seconds left and its tick source.
    var secondsLeft: Int?
    var timerSource: UInt32 = 0
    /// The position exercise on a position screen, and the mental room chosen last (see `WorkshopWindow+Exercises`).
    var exercise = PositionExercise()
    var room: Int?
    let noteEntry = WorkshopNoteEntry()
    /// The last drawing's description, for the screen reader.
    private var described = ""
    private var observer: UUID?
    private var closingWithProject = false
    let model: ModelContent?
    /// The phones answering the current rating screen, while they do.
    var phones: WorkshopPhoneSession?
    /// The coordinator's strip for the phones on a rating screen: start or stop them, the address, what went wrong.
    let phonesBar: WorkshopPhonesBar

    init(main: MainWindow) {
        self.main = main
        model = ProcessContent.model
        // One of the application's windows: its shortcuts (Ctrl+Q) work on the projector too.
        window.setApplication(of: Window(main.window))
        // The title is the window's accessible name for a screen reader, as on every window.
        window.title = tr("Workshop")
        area.expandsHorizontally = true
        area.expandsVertically = true
        area.isFocusable = true
        area.setAccessibleName(tr("Workshop screen"))
        help.isVisible = false
        help.horizontalAlignment = .center
        help.verticalAlignment = .center
        help.setAccessibleName(tr("Workshop keys"))
        phonesBar = WorkshopPhonesBar()
        let overlay = Overlay()
        overlay.setChild(area)
        overlay.addOverlay(phonesBar.root)
        overlay.addOverlay(noteEntry.root)
        overlay.addOverlay(help)
        window.setChild(overlay)

        area.onDraw(self) { workshop, cr, width, height in
            workshop.draw(cr, width: Double(width), height: Double(height))
        }
        WorkshopFrameLog.startIfAsked(on: area)
        window.onKeyPressed(self, beforeChildren: true) { workshop, key in workshop.keyPressed(key) }
        area.onPressed(self) { $0.go(by: 1) }

        phonesBar.onToggle = { [weak self] in self?.togglePhones() }
        noteEntry.onSave = { [weak self] in self?.saveRoomNote($0) }
        observer = main.state.observe { [weak self] in self?.refresh() }
        window.connect("destroy", owner: self) { workshop in
            Timers.cancel(workshop.timerSource)
            workshop.timerSource = 0
            if let observer = workshop.observer { workshop.main.state.removeObserver(observer) }
            // Not endPhones(): its refresh would touch the widgets being destroyed.
            workshop.phones?.end()
            workshop.phones = nil
            if !workshop.closingWithProject { workshop.main.workshopClosed() }
        }
        startIfNeeded()
        updatePhonesBar()
    }

    /// Shows the window full screen: on another monitor than the project window when there is one, and the project
    /// window then becomes the presenter view.
    ///
    /// `SAMSKAP_PRESENTER_VIEW=1` shows the presenter view with one monitor too, for a rehearsal on a laptop and for
    /// the tests under a single-screen Xvfb: the workshop is then a normal window beside the project window, not full
    /// screen, so both can be seen and driven.
    func present() {
        let other = Self.otherMonitor(than: main.window)
        let rehearsal = other == nil && ProcessEnvironment.value("SAMSKAP_PRESENTER_VIEW") == "1"
        if other != nil || rehearsal { main.showPresenter() }
        if rehearsal {
            window.setDefaultSize(width: 960, height: 540)
            window.present()
            area.grabFocus()
            // The presenter view in front: its buttons drive both, and the workshop's keys work there too.
            main.present()
            return
        }
        // The monitor's size as the window's own, for a session without a window manager (or one that ignores
        // full screen): the screen is then still filled.
        if let monitor = other ?? Window(main.window).monitor {
            window.setDefaultSize(width: monitor.width, height: monitor.height)
        }
        if let other {
            window.fullscreen(on: other)
        } else {
            window.fullscreen()
        }
        window.present()
        area.grabFocus()
    }

    /// Leaves the workshop; everything is saved already.
    func close() { window.destroy() }

    /// Closes the workshop because its project window is going: the project window is not shown again.
    /// The phones end here, not in the destroy handler: while the project window is torn down this object's weak
    /// references already read nil there.
    func closeWithProject() {
        closingWithProject = true
        phones?.end()
        phones = nil
        close()
    }

    /// The agenda as saved.
    var agenda: WorkshopAgenda { main.state.document.workshop ?? .empty }

    /// Sets the current screen when the agenda has none yet, so a restart resumes where the workshop stopped.
    private func startIfNeeded() {
        guard let first = agenda.screens.first, agenda.currentScreenID == nil else { return }
        var started = agenda
        started.currentScreenID = first.id
        main.perform([.setWorkshop(started)], coalescing: "workshop.position")
    }

    /// Redraws after an edit, and tells the screen reader what the screen now shows.
    func refresh() {
        endPhonesIfScreenLeft()
        updatePhonesBar()
        area.queueDraw()
        main.presenter?.refresh()
    }

    private func draw(_ cr: OpaquePointer, width: Double, height: Double) {
        guard let scene = scene() else {
            let palette = theme.palette
            DrawingArea.paint(cr, red: palette.background.r, green: palette.background.g, blue: palette.background.b)
            describe(tr("The workshop has no screens yet. Prepare the agenda in the project window."))
            return
        }
        let layout = WorkshopRenderer.draw(scene, context: cr, width: width, height: height, theme: theme,
                                           language: Translations.language)
        describe(layout.description)
    }

    /// What the renderer needs for the current screen; nil without screens or model.
    func scene() -> WorkshopScene? {
        let agenda = agenda
        guard let model, let index = agenda.currentIndex else { return nil }
        let document = main.state.document
        var scene = WorkshopScene(document: document, model: model, screen: agenda.screens[index], index: index,
                                  count: agenda.screens.count, highlight: highlight, secondsLeft: secondsLeft,
                                  entry: entry.position, today: Day.today())
        if let phones, phones.screenID == scene.screen.id { scene.phones = phones.display }
        scene.position = exercise
        scene.room = room
        return scene
    }

    private func describe(_ text: String) {
        guard text != described else { return }
        described = text
        area.setAccessibleDescription(text)
    }

    /// The keys, for the `?` overlay.
    static func keysText() -> String {
        [tr("→, Space or Page Down: next screen"), tr("←, Page Up: previous screen"), tr("R: reveal the results"),
         tr("N: start a new round on a rating screen"), tr("1–5 twice per statement: experience, then importance; 0: don’t know"),
         tr("↑ ↓: highlight another value or action field"), tr("1–4 on the four rooms: count what the room says"),
         tr("Enter on the four rooms: write a note in the room chosen last"),
         tr("↑ ↓ on a position screen: what the room decides"), tr("Enter there: choose the value with ← → or a digit"),
         tr("Enter again: record it; Esc: stop choosing"),
         tr("↑ ↓ on the results: the action fields or the values"),
         tr("Space on the timer: start or stop; 0: reset"),
         tr("P on a rating screen: let the phones answer, or stop them"), tr("T: dark, light or high contrast"),
         tr("Esc: leave the workshop"), tr("?: show or hide these keys")].joined(separator: "\n")
    }

    /// Shows or hides the keys, as large as the workshop's smallest text (a thirtieth of the screen's height).
    func toggleHelp() {
        let showing = help.isVisible
        if !showing {
            let size = max(12, Int((Double(area.allocatedHeight) / 30).rounded(.up)))
            let escaped = Self.keysText().replacing("&", with: "&amp;").replacing("<", with: "&lt;").replacing(">", with: "&gt;")
            help.setMarkup("<span font_desc=\"\(size)px\">\(escaped)</span>")
        }
        help.isVisible = !showing
    }

    /// A monitor other than the one `window` is on; nil with one monitor.
    private static func otherMonitor(than window: Widget) -> Monitor? {
        let window = Window(window)
        guard let current = window.monitor else { return nil }
        let monitors = window.monitors
        guard monitors.count > 1 else { return nil }
        return monitors.first { $0 != current }
    }
}
