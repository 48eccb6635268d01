import FoundationEssentials
import SamskapCore
import SamskapGtk

/// A project's window: header bar with undo, redo and the primary menu; a sidebar of pages that folds away in a
/// narrow window; the pages; toasts over them.
/// Renders from its `ProjectState`; pages edit through `perform`.
@MainActor
final class MainWindow {
    let state: ProjectState
    unowned let application: SamskapApplication
    private let toplevel: Window
    /// The window, as parent of dialogs and file choosers.
    var window: Widget { toplevel.widget }
    let toast = ToastOverlay()
    /// The figures the window's charts draw, computed once per edit.
    lazy var charts = ChartDataCache(state: state)
    /// The pages built so far (a page is built on its first visit, or when something needs it).
    private(set) var pages: [Page] = []
    private var slots: [PageSlot] = []
    private let stack = Stack()
    /// The window's content: the pages with their sidebar ("project"), or the presenter view ("presenter") while a
    /// workshop runs on another screen. A stack, so the pages stay as they were and come back untouched.
    let content = Stack()
    let sidebar: Sidebar
    /// The header bar, titled with the project's name.
    private let header: HeaderBar
    let menuButton: MenuButton
    var undoAction: OpaquePointer?
    var redoAction: OpaquePointer?
    private var observer: UUID?
    /// The question asked before closing with values not saved, while it is open.
    var unsavedDialog: Widget?
    /// The workshop window while it is open, and the agenda editor.
    var workshop: WorkshopWindow?
    var agendaEditor: WorkshopAgendaEditor?
    /// The coordinator's view of the workshop, in place of the pages while it runs on another screen.
    var presenter: PresenterView?
    /// Work waiting for the window's first frame (see `afterFirstFrame`); nil once that frame is painted.
    private var waitingForFirstFrame: [@MainActor () -> Void]? = []

    init(application: SamskapApplication, state: ProjectState) {
        self.application = application
        self.state = state
        toplevel = Window(application: application.application)
        let size = Self.initialSize()
        toplevel.setDefaultSize(width: size.width, height: size.height)

        header = HeaderBar(title: state.documentSoFar.project.name)
        let undo = Button(icon: "edit-undo-symbolic", name: tr("Undo"), classes: [])
        undo.setAction(AppAction.undo.rawValue)
        let redo = Button(icon: "edit-redo-symbolic", name: tr("Redo"), classes: [])
        redo.setAction(AppAction.redo.rawValue)
        menuButton = PrimaryMenu.button(project: true)
        sidebar = Sidebar()
        header.packStart(sidebar.toggle)
        header.packStart(undo)
        header.packStart(redo)
        header.packEnd(menuButton)

        stack.expandsHorizontally = true
        content.add(sidebar.fold(content: stack), named: "project")
        toast.setChild(content)

        let body = Box(.vertical)
        body.append(header, toast)
        toplevel.setChild(body)

        // Every page has its sidebar entry from the start; a page is built on its first visit.
        slots = PageSlot.all()
        for slot in slots {
            sidebar.add(slot) { [weak self] name in
                guard let self, self.builtPage(name) != nil else { return }
                self.stack.show(name)
            }
        }
        installActions()

        // First among the first frame's handlers: the benchmark times the frame, not the work that waited for it.
        FirstFrameBench.install(on: window, application: application)
        charts.holdUntilFirstFrame(of: window)
        FirstPaint.after(window) { [weak self] in
            guard let self, let waiting = self.waitingForFirstFrame else { return }
            self.waitingForFirstFrame = nil
            self.state.completeDocument()
            if let error = self.state.loadError {
                self.application.showStart(error: ProjectFiles.message(for: error))
                self.destroy()
                return
            }
            for body in waiting { body() }
        }
        observer = state.observe { [weak self] in self?.render() }
        // The title bar's close button and Alt+F4 ask first when a field holds a value that is not saved.
        toplevel.onCloseRequest(self) { window in
            guard !window.state.drafts.isEmpty else { return false }
            window.close()
            return true
        }
        toplevel.connect("destroy", owner: self) { window in
            window.closed()
        }
        render()
        show(page: "overview")
    }

    /// Lets go of the project and any workshop once the window is gone.
    private func closed() {
        if let observer { state.removeObserver(observer) }
        // The workshop (and any phone session it runs) ends with its project window: nothing listens after.
        if let workshop {
            self.workshop = nil
            workshop.closeWithProject()
        }
        application.windowClosed(self)
    }

    /// The first size of a project window: 1180×760, or `SAMSKAP_WINDOW_SIZE=WxH` (screenshots and tests).
    static func initialSize() -> (width: Int32, height: Int32) {
        let parts = (ProcessEnvironment.value("SAMSKAP_WINDOW_SIZE") ?? "").split(separator: "x").compactMap { Int32($0) }
        return parts.count == 2 && parts.allSatisfy({ $0 >= 400 }) ? (parts[0], parts[1]) : (1180, 760)
    }

    /// Runs `body` once the window has painted its first frame, or now if it has. For what is below the fold:
    /// the first frame then lays out, styles and maps only what it shows, and the rest joins a frame later.
    func afterFirstFrame(_ body: @escaping @MainActor () -> Void) {
        if waitingForFirstFrame == nil { body() } else { waitingForFirstFrame?.append(body) }
    }

    /// Brings the window forward.
    func present() { toplevel.present() }

    /// Closes the window without asking: every valid edit is saved already.
    func destroy() { toplevel.destroy() }

    /// Shows the document on every page.
    func render() {
        let name = state.documentSoFar.project.name
        toplevel.title = name
        header.title = name
        if let undoAction { Actions.setEnabled(undoAction, state.canUndo) }
        if let redoAction { Actions.setEnabled(redoAction, state.canRedo) }
        for page in pages { page.render() }
    }

    /// The page with the name, built (and rendered) now if it was not yet; nil for an unknown name.
    @discardableResult
    func builtPage(_ name: String) -> Page? {
        if let page = pages.first(where: { $0.name == name }) { return page }
        guard let slot = slots.first(where: { $0.name == name }) else { return nil }
        let page = slot.make(self)
        pages.append(page)
        stack.add(page.root, named: page.name)
        // Hidden until shown, like every page not on screen.
        page.root.isVisible = false
        page.render()
        return page
    }

    /// Saves edits as one undoable step; on failure tells the user and returns false.
    /// Edits with the same `coalescing` key in a row (typing in one field) undo together.
    @discardableResult
    func perform(_ changes: [Change], coalescing key: String? = nil) -> Bool {
        do {
            try state.perform(changes, coalescing: key)
            return true
        } catch {
            toast.show(ProjectFiles.message(for: error))
            return false
        }
    }

    /// Shows a page by its name.
    func show(page name: String) {
        guard sidebar.has(name), builtPage(name) != nil else { return }
        sidebar.select(name)
        stack.show(name)
    }

    /// The page of the type, built now if it was not yet.
    func page<P: Page>(_ type: P.Type) -> P? {
        if let page = pages.compactMap({ $0 as? P }).first { return page }
        guard let slot = slots.first(where: { $0.type == type }) else { return nil }
        return builtPage(slot.name) as? P
    }
}
