import SamskapGtk

/// The indicator catalogue in a window over the project's window: it opens where it is seen, with the search ready,
/// and Escape or the close button puts it away. Made once, hidden between uses.
@MainActor
final class CatalogueWindow {
    let window: Window

    init(picker: CataloguePicker, parent: Window) {
        window = Window()
        window.title = tr("Indicator catalogue")
        window.isModal = true
        window.hidesOnClose = true
        window.destroysWithParent = true
        window.setDefaultSize(width: 560, height: 640)
        window.setTransientFor(parent)
        let scrolled = ScrolledView(picker.root)
        picker.root.setMargins(16)
        window.setChild(scrolled)
        window.onKeyPressed(self) { catalogue, key in
            guard key.isEscape else { return false }
            catalogue.close()
            return true
        }
    }

    func present() { window.present() }

    func close() { window.isVisible = false }
}
