import CGtk

/// A thin line between parts of a window (GtkSeparator).
@MainActor
public final class Separator: GtkView {
    /// A line that runs `orientation`-wise: a vertical one stands between columns.
    public init(_ orientation: Box.Orientation) {
        super.init(gtk_separator_new(orientation == .horizontal ? GTK_ORIENTATION_HORIZONTAL : GTK_ORIENTATION_VERTICAL)!)
    }
}
