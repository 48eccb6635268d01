import CGtk

extension OverviewPage {
    /// The circle phase, read only, with the way to Process › Position where it is recorded with its date: one
    /// place for each fact, as Position shows the cell and staircase with the way here.
    static func phaseField(_ phaseLabel: Widget, window: MainWindow) -> Widget {
        let row = Widgets.box(GTK_ORIENTATION_HORIZONTAL, spacing: 12)
        gtk_widget_set_hexpand(phaseLabel, 1)
        let button = Widgets.button(tr("Change under _Process › Position"),
                                    accessibleName: tr("Record a phase change under Process › Position")) { [weak window] in
            window?.page(ProcessPage.self)?.show(view: "position")
        }
        gtk_widget_set_valign(button, GTK_ALIGN_CENTER)
        Widgets.append(row, phaseLabel, button)
        let root = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 4)
        Widgets.append(root, Widgets.label(tr("Phase in the circle of social innovation"), classes: ["field-caption"]), row)
        return root
    }
}
