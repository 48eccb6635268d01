import SamskapGtk

/// The primary menu of the header bar: every item is an action of the table.
@MainActor
enum PrimaryMenu {
    /// A menu button with the primary menu; `project` adds the items of a project window.
    static func button(project: Bool) -> MenuButton {
        let button = MenuButton(icon: "open-menu-symbolic", name: tr("Main menu"), classes: [])
        button.isPrimary = true
        button.setMenuOnFirstPopup { sections(project: project) }
        return button
    }

    /// The menu's sections, in the order of the action table's groups.
    private static func sections(project: Bool) -> [[MenuButton.MenuItem]] {
        var sections: [[AppAction]] = []
        if project { sections.append([.undo, .redo]) }
        sections.append([.newProject, .openProject, .openDemo])
        if project {
            sections += [[.present, .prepareWorkshop], [.exportPDF, .print],
                         [.importMeasurements, .exportMeasurements, .merge], [.saveCopy, .close]]
        }
        sections += [[.shortcuts, .about], [.quit]]
        return sections.map { $0.map { MenuButton.MenuItem($0.title, action: $0.rawValue) } }
    }
}
