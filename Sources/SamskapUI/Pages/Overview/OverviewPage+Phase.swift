import CGtk
import SamskapGtk

extension OverviewPage {
    /// The circle phase, read only, with the way to Process › Position where it is recorded with its date: one
    /// place for each fact, as Position shows the cell and staircase with the way here. `fill` puts the phase under
    /// the caption.
    static func phaseRow(window: MainWindow) -> Widget {
        let button = Widgets.button(tr("Change under _Process › Position"),
                                    accessibleName: tr("Record a phase change under Process › Position")) { [weak window] in
            window?.page(ProcessPage.self)?.show(view: "position")
        }
        return FormRows.control(tr("Phase in the circle of social innovation"), button)
    }
}
