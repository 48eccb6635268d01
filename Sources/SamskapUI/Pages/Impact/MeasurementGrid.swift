import CGtk
import FoundationEssentials
import SamskapCore
import SamskapGtk

/// The measurements of one indicator as a grid of entries, keyboard first: Tab and Shift+Tab move along a
/// row, Up and Down between rows, Enter goes down (from the new row: to the next new row once it is saved).
/// A block pasted from a spreadsheet fills as many rows and columns as it has. A cell that does not read is
/// marked, its message written under the row, and the row is not saved until it is corrected.
@MainActor
final class MeasurementGrid {
    let root: Widget
    unowned let window: MainWindow
    let grid: Widget
    let heading: Widget
    let pasteReport: Widget
    let hint: Widget
    /// The rows on screen, top to bottom; rows without a measurement id are new rows not saved yet.
    var rows: [MeasurementGridRow] = []
    /// The indicator whose measurements are shown.
    var indicatorID: UUID?
    /// The cell with the keyboard focus: a new row keeps quiet about it until the cursor leaves it.
    weak var focusedRow: MeasurementGridRow?
    var focusedColumn: MeasurementColumn?

    init(window: MainWindow) {
        self.window = window
        root = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 6)
        heading = Widgets.label("", classes: ["heading"], wrap: true)
        hint = Widgets.label("", classes: ["dim-label", "caption"], wrap: true)
        grid = gtk_grid_new()!
        gtk_grid_set_column_spacing(samskap_grid(grid), 6)
        gtk_grid_set_row_spacing(samskap_grid(grid), 4)
        Widgets.addClasses(grid, ["measurement-grid"])
        Accessibility.setLabel(grid, tr("Measurements"))
        for column in MeasurementColumn.allCases {
            gtk_grid_attach(samskap_grid(grid), Widgets.label(column.title, classes: ["field-caption"]), Int32(column.rawValue), 0, 1, 1)
        }
        pasteReport = Widgets.label("", classes: ["field-message"], wrap: true)
        gtk_widget_set_visible(pasteReport, 0)
        let box = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 8, classes: ["form-group"])
        Widgets.append(box, hint, grid, pasteReport)
        Widgets.append(root, heading, box)
    }

    /// The indicator shown, if it still exists.
    var indicator: Indicator? { indicatorID.flatMap { window.state.document.indicator($0) } }

    /// Shows the measurements of an indicator: rebuilt when the indicator or the set of measurements changed
    /// (undo, delete, import), else each row refilled only when its stored measurement changed, so that
    /// nothing moves while the user types.
    func render(indicatorID id: UUID?) {
        guard let id, let indicator = window.state.document.indicator(id) else {
            indicatorID = nil
            clear()
            return
        }
        gtk_label_set_text(samskap_label(heading), trf("Measurements of “%1$s”", indicator.name))
        gtk_label_set_text(samskap_label(hint), indicator.kind == .qualitative
            ? tr("Type or paste from a spreadsheet: date, value, note, source. A new row is saved as soon as it has a date and a note.")
            : tr("Type or paste from a spreadsheet: date, value, note, source. A new row is saved as soon as it has a date and a value."))
        let stored = window.state.document.measurements(of: id)
        let shownIDs = Set(rows.compactMap(\.measurementID))
        if id != indicatorID || shownIDs != Set(stored.map(\.id)) {
            indicatorID = id
            rebuild(stored)
            return
        }
        let byID = Dictionary(uniqueKeysWithValues: stored.map { ($0.id, $0) })
        for row in rows {
            guard let mid = row.measurementID, let measurement = byID[mid], measurement != row.shown else { continue }
            row.shown = measurement
            row.show(input(of: measurement))
            showMessages(row, indicator)
        }
    }

    /// A stored measurement's cells, with the values kept unsaved in their cells.
    func input(of measurement: SamskapCore.Measurement) -> MeasurementRowInput {
        var input = MeasurementRowInput(measurement)
        let kept = window.state.drafts.drafts(of: measurement.id)
        for column in MeasurementColumn.allCases {
            if let draft = kept[MeasurementFields.field(column)] { input[column] = draft.text }
        }
        return input
    }

    /// Puts the focus in the first cell of the new row.
    func focusNewRow() {
        if let row = rows.last { gtk_widget_grab_focus(row.entries[0]) }
    }

    private func clear() {
        // A focused cell loses the focus as it is removed: its row is no longer one to evaluate (that would save or
        // keep it, and re-render the grid from inside this loop).
        focusedRow = nil
        focusedColumn = nil
        for row in rows { detach(row) }
        rows = []
        gtk_widget_set_visible(pasteReport, 0)
    }

    /// Builds one row per stored measurement, oldest first, then the new rows kept unsaved, and an empty new row;
    /// every value kept unsaved is back in its cell, marked.
    func rebuild(_ stored: [SamskapCore.Measurement]) {
        clear()
        guard let indicator else { return }
        for measurement in stored {
            let row = appendRow()
            row.measurementID = measurement.id
            row.shown = measurement
            row.show(input(of: measurement))
            showMessages(row, indicator)
        }
        let newRows = MeasurementFields.newRowField(of: indicator.id)
        for (key, draft) in window.state.drafts.all where key.field == newRows {
            let row = appendRow()
            row.draftID = key.recordID
            row.show(MeasurementFields.input(of: draft.text))
            _ = evaluate(row, indicator, showMissing: true)
        }
        ensureNewRow()
        updateDeleteButtons()
    }

    /// Adds an empty new row at the end unless the last row is one already.
    func ensureNewRow() {
        if let last = rows.last, last.measurementID == nil, last.input.isEmpty { return }
        appendRow()
        updateDeleteButtons()
    }

    /// Shows the delete button on every row but an empty new one, which has nothing to delete.
    func updateDeleteButtons() {
        for row in rows { gtk_widget_set_visible(row.deleteButton, row.measurementID == nil && row.input.isEmpty ? 0 : 1) }
    }

    /// Adds an empty row at the end and wires its cells.
    @discardableResult
    func appendRow() -> MeasurementGridRow {
        let position = rows.count
        let row = MeasurementGridRow(position: position + 1)
        let top = Int32(1 + 2 * position)
        for (i, entry) in row.entries.enumerated() {
            gtk_grid_attach(samskap_grid(grid), entry, Int32(i), top, 1, 1)
            let column = MeasurementColumn(rawValue: i)!
            // Weak: a removed row's entry can still hear the last of its focus and key events after the row is gone.
            Signals.connect(entry, "changed") { [weak self, weak row] in
                guard let self, let row, !row.filling else { return }
                self.cellChanged(row, column)
            }
            let keys = gtk_event_controller_key_new()!
            // Before the entry's own key bindings, which would ring the bell on Up and Down.
            gtk_event_controller_set_propagation_phase(samskap_event_controller(keys.raw), GTK_PHASE_CAPTURE)
            Signals.connectKeyPressed(keys) { [weak self, weak row] keyval, state in
                guard let self, let row else { return false }
                return self.keyPressed(keyval, state, row: row, column: column)
            }
            gtk_widget_add_controller(entry, samskap_event_controller(keys.raw))
            let focus = gtk_event_controller_focus_new()!
            Signals.connect(focus, "enter") { [weak self, weak row] in
                self?.focusedRow = row
                self?.focusedColumn = column
            }
            Signals.connect(focus, "leave") { [weak self, weak row] in
                guard let self, let row, self.focusedRow === row, self.focusedColumn == column else { return }
                self.focusedRow = nil
                self.focusedColumn = nil
                if let indicator = self.indicator, row.measurementID == nil { _ = self.evaluate(row, indicator) }
            }
            gtk_widget_add_controller(entry, samskap_event_controller(focus.raw))
        }
        gtk_grid_attach(samskap_grid(grid), row.deleteButton, Int32(MeasurementColumn.allCases.count), top, 1, 1)
        gtk_grid_attach(samskap_grid(grid), row.message, 0, top + 1, Int32(MeasurementColumn.allCases.count + 1), 1)
        Signals.connect(row.deleteButton, "clicked") { [weak self, weak row] in
            guard let self, let row else { return }
            self.delete(row)
        }
        rows.append(row)
        return row
    }

    private func detach(_ row: MeasurementGridRow) {
        for widget in row.entries + [row.deleteButton, row.message] { gtk_grid_remove(samskap_grid(grid), widget) }
    }
}
