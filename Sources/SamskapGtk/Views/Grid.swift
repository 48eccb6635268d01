import CGtk

/// Widgets in rows and columns (GtkGrid).
@MainActor
public final class Grid: GtkView {
    /// An empty grid with the given spacing between columns and rows, in pixels.
    public init(columnSpacing: UInt32 = 0, rowSpacing: UInt32 = 0) {
        super.init(gtk_grid_new()!)
        gtk_grid_set_column_spacing(samskap_grid(widget), columnSpacing)
        gtk_grid_set_row_spacing(samskap_grid(widget), rowSpacing)
    }

    /// Puts `child` in one cell, counted from 0.
    public func attach(_ child: GtkView, column: Int32, row: Int32) {
        gtk_grid_attach(samskap_grid(widget), child.widget, column, row, 1, 1)
    }

    /// Puts `child` in `width` cells of one row, from `column`, counted from 0.
    public func attach(_ child: GtkView, column: Int32, row: Int32, width: Int32) {
        gtk_grid_attach(samskap_grid(widget), child.widget, column, row, width, 1)
    }

    /// Takes a child out of the grid.
    public func remove(_ child: GtkView) { gtk_grid_remove(samskap_grid(widget), child.widget) }
}
