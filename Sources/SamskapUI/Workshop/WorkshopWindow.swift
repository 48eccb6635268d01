import CGtk
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
    let window: Widget
    let area: Widget
    private let help: Widget
    /// The agenda's theme (T changes it), so a resumed workshop is shown as it was.
    var theme: ChartTheme { ChartTheme(rawValue: agenda.theme.rawValue) ?? .dark }
    /// The coordinator's fast entry on a rating screen.
    var entry = WorkshopEntry()
    /// The highlighted dimension on a model screen.
    var highlight = 0
    /// A running timer's seconds left and its tick source.
    var secondsLeft: Int?
    var timerSource: guint = 0
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
        window = gtk_window_new()!
        // One of the application's windows: its shortcuts (Ctrl+Q) work on the projector too.
        if let application = gtk_window_get_application(samskap_window(main.window)) {
            gtk_window_set_application(samskap_window(window), application)
        }
        // The title is the window's accessible name for a screen reader, as on every window.
        gtk_window_set_title(samskap_window(window), tr("Workshop"))
        area = gtk_drawing_area_new()!
        gtk_widget_set_hexpand(area, 1)
        gtk_widget_set_vexpand(area, 1)
        gtk_widget_set_focusable(area, 1)
        Accessibility.setLabel(area, tr("Workshop screen"))
        help = Widgets.label(Self.keysText(), classes: ["workshop-keys"])
        gtk_widget_set_visible(help, 0)
        gtk_widget_set_halign(help, GTK_ALIGN_CENTER)
        gtk_widget_set_valign(help, GTK_ALIGN_CENTER)
        Accessibility.setLabel(help, tr("Workshop keys"))
        phonesBar = WorkshopPhonesBar()
        let overlay = gtk_overlay_new()!
        gtk_overlay_set_child(samskap_overlay(overlay), area)
        gtk_overlay_add_overlay(samskap_overlay(overlay), phonesBar.root)
        gtk_overlay_add_overlay(samskap_overlay(overlay), noteEntry.root)
        gtk_overlay_add_overlay(samskap_overlay(overlay), help)
        gtk_window_set_child(samskap_window(window), overlay)

        ChartSignals.setDrawFunction(area) { [weak self] cr, width, height in
            self?.draw(cr, width: Double(width), height: Double(height))
        }
        WorkshopFrameLog.startIfAsked(on: area)
        let keys = gtk_event_controller_key_new()!
        gtk_event_controller_set_propagation_phase(samskap_event_controller(keys.raw), GTK_PHASE_CAPTURE)
        Signals.connectKeyPressed(keys) { [weak self] keyval, state in self?.keyPressed(keyval, state) ?? false }
        gtk_widget_add_controller(window, samskap_event_controller(keys.raw))
        let click = gtk_gesture_click_new()!
        Signals.connectPressed(click) { [weak self] in self?.go(by: 1) }
        gtk_widget_add_controller(area, samskap_event_controller(click.raw))

        phonesBar.onToggle = { [weak self] in self?.togglePhones() }
        noteEntry.onSave = { [weak self] in self?.saveRoomNote($0) }
        observer = main.state.observe { [weak self] in self?.refresh() }
        Signals.connect(window, "destroy") { [weak self] in
            guard let self else { return }
            Timers.cancel(self.timerSource)
            self.timerSource = 0
            if let observer = self.observer { self.main.state.removeObserver(observer) }
            // Not endPhones(): its refresh would touch the widgets being destroyed.
            self.phones?.end()
            self.phones = nil
            if !self.closingWithProject { self.main.workshopClosed() }
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
            gtk_window_set_default_size(samskap_window(window), 960, 540)
            gtk_window_present(samskap_window(window))
            gtk_widget_grab_focus(area)
            // The presenter view in front: its buttons drive both, and the workshop's keys work there too.
            main.present()
            return
        }
        // The monitor's size as the window's own, for a session without a window manager (or one that ignores
        // full screen): the screen is then still filled.
        if let monitor = other ?? Self.monitor(of: main.window) {
            var geometry = GdkRectangle()
            gdk_monitor_get_geometry(monitor, &geometry)
            gtk_window_set_default_size(samskap_window(window), geometry.width, geometry.height)
        }
        if let other {
            gtk_window_fullscreen_on_monitor(samskap_window(window), other)
        } else {
            gtk_window_fullscreen(samskap_window(window))
        }
        gtk_window_present(samskap_window(window))
        gtk_widget_grab_focus(area)
    }

    /// Leaves the workshop; everything is saved already.
    func close() { gtk_window_destroy(samskap_window(window)) }

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
        gtk_widget_queue_draw(area)
        main.presenter?.refresh()
    }

    private func draw(_ cr: OpaquePointer, width: Double, height: Double) {
        guard let scene = scene() else {
            let palette = theme.palette
            cairo_set_source_rgb(cr, palette.background.r, palette.background.g, palette.background.b)
            cairo_paint(cr)
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
        Accessibility.setDescription(area, text)
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
        let showing = gtk_widget_get_visible(help) != 0
        if !showing {
            let size = max(12, Int((Double(gtk_widget_get_height(area)) / 30).rounded(.up)))
            let escaped = Self.keysText().replacing("&", with: "&amp;").replacing("<", with: "&lt;").replacing(">", with: "&gt;")
            gtk_label_set_markup(samskap_label(help), "<span font_desc=\"\(size)px\">\(escaped)</span>")
        }
        gtk_widget_set_visible(help, showing ? 0 : 1)
    }

    /// The monitor `window` is on.
    private static func monitor(of window: Widget) -> OpaquePointer? {
        guard let display = gtk_widget_get_display(window), let surface = gtk_native_get_surface(samskap_native(window)) else { return nil }
        return gdk_display_get_monitor_at_surface(display, surface)
    }

    /// A monitor other than the one `window` is on; nil with one monitor.
    private static func otherMonitor(than window: Widget) -> OpaquePointer? {
        guard let display = gtk_widget_get_display(window), let surface = gtk_native_get_surface(samskap_native(window)) else { return nil }
        let current = gdk_display_get_monitor_at_surface(display, surface)
        let monitors = gdk_display_get_monitors(display)
        let count = g_list_model_get_n_items(monitors)
        guard count > 1 else { return nil }
        for k in 0..<count {
            guard let item = g_list_model_get_item(monitors, k) else { continue }
            g_object_unref(item)
            let monitor = OpaquePointer(item)
            if monitor != current { return monitor }
        }
        return nil
    }
}
