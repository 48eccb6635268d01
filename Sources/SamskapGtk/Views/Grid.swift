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

    /// Puts `child` over `width` columns and `height` rows from the cell at `column` and `row` (a heading across a table).
    public func attach(_ child: GtkView, column: Int32, row: Int32, width: Int32 = 1, height: Int32 = 1) {
        gtk_grid_attach(samskap_grid(widget), child.widget, column, row, width, height)
    }

    /// Removes every child.
    public func removeAll() {
        while let child = gtk_widget_get_first_child(widget) { gtk_grid_remove(samskap_grid(widget), child) }
    }

    /// Whether every column is as wide as the widest.
    public var columnHomogeneous: Bool {
        get { gtk_grid_get_column_homogeneous(samskap_grid(widget)) != 0 }
        set { gtk_grid_set_column_homogeneous(samskap_grid(widget), newValue ? 1 : 0) }
    }

    /// Takes a child out of the grid.
    public func remove(_ child: GtkView) { gtk_grid_remove(samskap_grid(widget), child.widget) }
}
