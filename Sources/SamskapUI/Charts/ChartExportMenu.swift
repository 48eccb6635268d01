import CGtk
import SamskapGtk

/// The small menu in a chart's corner: export as PNG at a few sizes or as SVG.
@MainActor
final class ChartExportMenu {
    /// The menu button, placed over the chart's top-right corner.
    let root: Widget
    private let popover: Widget

    /// A menu for the chart titled `title`; `chosen` runs with the user's choice.
    init(title: String, chosen: @escaping @MainActor (ChartExportChoice) -> Void) {
        root = gtk_menu_button_new()!
        gtk_menu_button_set_icon_name(samskap_menu_button(root), "document-save-as-symbolic")
        gtk_widget_set_halign(root, GTK_ALIGN_END)
        gtk_widget_set_valign(root, GTK_ALIGN_START)
        Widgets.margins(root, 6)
        Widgets.addClasses(root, ["chart-export", "osd", "circular"])
        let name = trf("Export “%1$s”", title)
        gtk_widget_set_tooltip_text(root, tr("Export chart…"))
        Accessibility.setLabel(root, name)

        popover = gtk_popover_new()!
        let box = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 2)
        Widgets.margins(box, 4)
        Widgets.append(box, Widgets.label(tr("Export chart"), classes: ["heading"]))
        for choice in ChartExportChoice.all {
            let button = Widgets.button(choice.title, classes: ["flat"]) { [weak self] in
                guard let self else { return }
                gtk_popover_popdown(samskap_popover(self.popover))
                chosen(choice)
            }
            gtk_widget_set_halign(gtk_button_get_child(samskap_button(button)), GTK_ALIGN_START)
            Widgets.append(box, button)
        }
        gtk_popover_set_child(samskap_popover(popover), box)
        gtk_menu_button_set_popover(samskap_menu_button(root), popover)
    }
}
