import SamskapGtk

extension OverviewPage {
    /// The circle phase, read only, with the way to Process › Position where it is recorded with its date: one
    /// place for each fact, as Position shows the cell and staircase with the way here. `fill` puts the phase under
    /// the caption.
    static func phaseRow(window: MainWindow) -> ActionRow {
        let button = Button(tr("Change under _Process › Position"), accessibleName: tr("Record a phase change under Process › Position"))
        button.onClicked(window) { window in window.page(ProcessPage.self)?.show(view: "position") }
        return ActionRow(tr("Phase in the circle of social innovation"), control: button)
    }
}
