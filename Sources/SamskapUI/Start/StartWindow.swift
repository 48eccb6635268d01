import FoundationEssentials
import SamskapGtk

/// The start screen when no project is open: new, open, the demo, and recent projects.
@MainActor
final class StartWindow {
    unowned let application: SamskapApplication
    private let window: Window
    private let errorLabel = Label("", classes: ["error"], wrap: true, xalign: 0.5)
    private let recentBox = ListBox(selectable: false)
    private let recentHeading = Label(tr("Recent projects"), classes: ["heading"])

    init(application: SamskapApplication) {
        self.application = application
        window = Window(application: application.application)
        window.title = "Samskap"
        window.setDefaultSize(width: 720, height: 620)

        let header = HeaderBar()
        header.packEnd(PrimaryMenu.button(project: false))

        let column = Box(.vertical, spacing: 12, classes: ["start-column"])
        column.horizontalAlignment = .center
        column.verticalAlignment = .center
        column.setMargins(36)
        let icon = Image(iconName: SamskapApplication.id)
        icon.pixelSize = 96
        let title = Label("Samskap", classes: ["title-1"], xalign: 0.5)
        let subtitle = Label(tr("Co-creative social innovation: partners, shared goals and what the work achieves."),
                             classes: ["dim-label"], wrap: true, xalign: 0.5)
        subtitle.centreLines()
        errorLabel.isVisible = false

        let buttons = Box(.vertical, spacing: 8)
        buttons.marginTop = 12
        // Pills as wide as the widest, not the column: the column is as wide as the recent projects' list.
        buttons.horizontalAlignment = .center
        buttons.isHomogeneous = true
        let newButton = Button(tr("_New project…"), classes: ["suggested-action", "pill"])
        newButton.onClicked(application) { $0.newProject(parent: $0.activeWindow) }
        let openButton = Button(tr("_Open…"), classes: ["pill"])
        openButton.onClicked(application) { $0.chooseAndOpen(parent: $0.activeWindow) }
        let demoButton = Button(tr("Open the _demo project"), classes: ["pill"])
        demoButton.onClicked(application) { $0.openDemo() }
        let incubatorButton = Button(tr("Open the handbook's _example: a refugee incubator"), classes: ["pill"])
        incubatorButton.onClicked(application) { $0.openDemo(.incubator) }
        buttons.append(newButton, openButton, demoButton, incubatorButton)

        recentHeading.marginTop = 18
        recentBox.addCSSClass("boxed-list")
        recentBox.setAccessibleName(tr("Recent projects"))

        column.append(icon, title, subtitle, errorLabel, buttons, recentHeading, recentBox)
        let content = Box(.vertical)
        content.append(header, ScrolledView(Clamp.wrap(column, maximum: 640)))
        window.setChild(content)
        window.setFocus(newButton)

        window.connect("destroy", owner: self) { $0.application.startClosed($0) }
    }

    /// Shows the window, refreshed, with an error message if given.
    func present(error: String?) {
        errorLabel.text = error ?? ""
        errorLabel.isVisible = error != nil
        renderRecent()
        window.present()
    }

    /// Closes the start screen.
    func close() { window.destroy() }

    private func renderRecent() {
        recentBox.removeAll()
        let recent = RecentProjects.list()
        recentHeading.isVisible = !recent.isEmpty
        recentBox.isVisible = !recent.isEmpty
        for url in recent {
            let name = url.deletingPathExtension().lastPathComponent
            let button = Button(name, classes: ["flat", "recent-project"], accessibleName: trf("Open %1$s", name))
            button.onClicked(application) { $0.open(url) }
            button.usesUnderline = false
            let content = Box(.vertical, spacing: 2)
            content.append(Label(name, wrap: true),
                           Label(url.deletingLastPathComponent().path, classes: ["dim-label", "caption"], wrap: true))
            button.setChild(content)
            recentBox.append(button)
        }
    }
}
