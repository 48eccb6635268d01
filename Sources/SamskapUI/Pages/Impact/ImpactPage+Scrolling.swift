import FoundationEssentials
import SamskapGtk

extension ImpactPage {
    /// Follows the keyboard focus: GTK 4.8's viewport scrolls only when focus enters it, not when it moves
    /// inside the page (Tab, arrows in the grid), so a field could take the cursor out of sight.
    func followFocus() {
        Window(window.window).onFocusWidgetChanged(self) { page in
            guard let focus = Window(page.window.window).focusWidget, focus.hasAncestor(page.scroller) else { return }
            page.reveal(focus)
        }
    }

    /// Scrolls the page as little as needed to show the widget with a margin around it.
    func reveal(_ view: GtkView, margin: Double = 32) {
        guard let y = contentOffset(of: view) else { return }
        let top = scroller.verticalOffset, page = scroller.verticalPageSize
        let height = Double(view.allocatedHeight)
        if y < top + margin {
            scroller.verticalOffset = y - margin
        } else if y + height > top + page - margin {
            scroller.verticalOffset = min(y - margin, y + height - page + margin)
        }
    }

    /// Scrolls the page so that the widget starts at its top (a new indicator's editor, a picked catalogue entry).
    func scrollToTop(of view: GtkView) {
        guard let y = contentOffset(of: view) else { return }
        scroller.verticalOffset = y - 12
    }

    /// The widget's top in the page's scrolled coordinates, once it has been laid out.
    private func contentOffset(of view: GtkView) -> Double? {
        view.translateCoordinates(to: content)?.y
    }
}

extension ImpactPage {
    /// Shows step 4 with the activity at the top and the cursor in its name (from Process › Position, where its cell
    /// is shown but not edited).
    func showActivity(_ id: UUID) {
        show(.activities)
        guard let (box, name) = stepForm.activities.widgets(of: id) else { return }
        AfterLayout.run(box) { [weak self, weak box, weak name] in
            guard let self, let box else { return }
            self.scrollToTop(of: box)
            name?.grabFocus()
        }
    }
}
