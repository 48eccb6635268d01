/// A child that scrolls vertically (see `Widgets.scrolled`).
@MainActor
public final class ScrolledView: GtkView {
    /// A scrolled window around `child`.
    public init(_ child: GtkView) {
        super.init(Widgets.scrolled(child.widget))
    }
}
