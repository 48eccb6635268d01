/// Every action of the application in one table: its name (the raw value), its accelerator and
/// its entry in the keyboard shortcuts window. Menu items and buttons refer to these names.
enum AppAction: String, CaseIterable {
    case newProject = "app.new"
    case openProject = "app.open"
    case openDemo = "app.open-demo"
    case quit = "app.quit"
    case about = "app.about"
    case shortcuts = "app.shortcuts"
    case saveCopy = "win.save-copy"
    case close = "win.close"
    case undo = "win.undo"
    case redo = "win.redo"
    case find = "win.find"
    case menu = "win.menu"
    case overview = "win.page-overview"
    case partners = "win.page-partners"
    case vision = "win.page-vision"
    case report = "win.page-report"
    case exportPDF = "win.export-pdf"
    case print = "win.print"
    case process = "win.page-process"
    case merge = "win.merge"
    case impact = "win.page-impact"
    case importMeasurements = "win.import-measurements"
    case exportMeasurements = "win.export-measurements"
    case present = "win.present"
    case prepareWorkshop = "win.prepare-workshop"

    /// The name without its `app.`/`win.` prefix, as registered in the action map.
    var shortName: String { String(rawValue.split(separator: ".", maxSplits: 1)[1]) }

    /// Whether the action lives on the application (else on each project window).
    var isApplicationAction: Bool { rawValue.hasPrefix("app.") }

    /// The keyboard accelerator, in GTK's syntax.
    var accelerator: String? {
        switch self {
        case .newProject: "<Control>n"
        case .openProject: "<Control>o"
        case .quit: "<Control>q"
        case .shortcuts: "<Control>question"
        case .close: "<Control>w"
        case .undo: "<Control>z"
        case .redo: "<Control><Shift>z"
        case .find: "<Control>f"
        case .menu: "F10"
        case .overview: "<Alt>1"
        case .partners: "<Alt>2"
        case .vision: "<Alt>3"
        case .report: "<Alt>6"
        case .exportPDF: "<Control>e"
        case .print: "<Control>p"
        case .process: "<Alt>5"
        case .merge: nil
        case .impact: "<Alt>4"
        case .openDemo, .about, .saveCopy: nil
        case .importMeasurements, .exportMeasurements: nil
        case .present: "F5"
        case .prepareWorkshop: nil
        }
    }

    /// What the action does, for menus and the shortcuts window.
    var title: String {
        switch self {
        case .newProject: tr("New project…")
        case .openProject: tr("Open…")
        case .openDemo: tr("Open the demo project")
        case .quit: tr("Quit")
        case .about: tr("About Samskap")
        case .shortcuts: tr("Keyboard shortcuts")
        case .saveCopy: tr("Save a copy…")
        case .close: tr("Close")
        case .undo: tr("Undo")
        case .redo: tr("Redo")
        case .find: tr("Search partners")
        case .menu: tr("Open the main menu")
        case .overview: tr("Overview")
        case .partners: tr("Partners")
        case .vision: tr("Vision and goals")
        case .report: tr("Report")
        case .exportPDF: tr("Export the report as PDF…")
        case .print: tr("Print the report…")
        case .process: tr("Process")
        case .merge: tr("Bring in answers from another file…")
        case .impact: tr("Impact")
        case .importMeasurements: tr("Import measurements (CSV)…")
        case .exportMeasurements: tr("Export measurements (CSV)…")
        case .present: tr("Present")
        case .prepareWorkshop: tr("Prepare the workshop…")
        }
    }
}
