import SamskapGtk

/// The small menu in a chart's corner: export as PNG at a few sizes or as SVG.
@MainActor
final class ChartExportMenu {
    /// The menu button, placed over the chart's top-right corner.
    let root: MenuButton
    private let popover: Popover
    private let chosen: @MainActor (ChartExportChoice) -> Void

    /// A menu for the chart titled `title`; `chosen` runs with the user's choice.
    init(title: String, chosen: @escaping @MainActor (ChartExportChoice) -> Void) {
        self.chosen = chosen
        root = MenuButton(icon: "document-save-as-symbolic", name: trf("Export “%1$s”", title), tooltip: tr("Export chart…"),
                          classes: ["chart-export", "osd", "circular"])
        root.horizontalAlignment = .end
        root.verticalAlignment = .start
        root.setMargins(6)

        let box = Box(.vertical, spacing: 2)
        box.setMargins(4)
        box.append(Label(tr("Export chart"), classes: ["heading"]))
        popover = Popover(box)
        for choice in ChartExportChoice.all {
            let button = Button(choice.title, classes: ["flat"])
            button.alignText(0)
            button.onClicked(self) { $0.choose(choice) }
            box.append(button)
        }
        root.setPopover(popover)
    }

    private func choose(_ choice: ChartExportChoice) {
        popover.popdown()
        chosen(choice)
    }
}
