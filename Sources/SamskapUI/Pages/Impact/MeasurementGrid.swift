import FoundationEssentials
import SamskapCore
import SamskapGtk

/// The measurements of one indicator as a grid of entries, keyboard first: Tab and Shift+Tab move along a
/// row, Up and Down between rows, Enter goes down (from the new row: to the next new row once it is saved).
/// A block pasted from a spreadsheet fills as many rows and columns as it has. A cell that does not read is
/// marked, its message written under the row, and the row is not saved until it is corrected.
@MainActor
final class MeasurementGrid {
    let root: Box
    unowned let window: MainWindow
    let grid: Grid
    let heading: Label
    let pasteReport: Label
    let hint: Label
    /// The rows on screen, top to bottom; rows without a measurement id are new rows not saved yet.
    var rows: [MeasurementGridRow] = []
    /// The indicator whose measurements are shown.
    var indicatorID: UUID?
    /// The cell with the keyboard focus: a new row keeps quiet about it until the cursor leaves it.
    weak var focusedRow: MeasurementGridRow?
    var focusedColumn: MeasurementColumn?

    init(window: MainWindow) {
        self.window = window
        root = Box(.vertical, spacing: 6)
        heading = Label("", classes: ["heading"], wrap: true)
        hint = Label("", classes: ["dim-label", "caption"], wrap: true)
        grid = Grid(columnSpacing: 6, rowSpacing: 4)
        grid.addCSSClass("measurement-grid")
        grid.setAccessibleName(tr("Measurements"))
        for column in MeasurementColumn.allCases {
            grid.attach(Label(column.title, classes: ["field-caption"]), column: Int32(column.rawValue), row: 0)
        }
        pasteReport = Label("", classes: ["field-message"], wrap: true)
        pasteReport.isVisible = false
        let box = Box(.vertical, spacing: 8, classes: ["form-group"])
        box.append(hint, grid, pasteReport)
        root.append(heading, box)
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
        heading.text = trf("Measurements of “%1$s”", indicator.name)
        hint.text = indicator.kind == .qualitative
            ? tr("Type or paste from a spreadsheet: date, value, note, source. A new row is saved as soon as it has a date and a note.")
            : tr("Type or paste from a spreadsheet: date, value, note, source. A new row is saved as soon as it has a date and a value.")
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
        rows.last?.entries[0].grabFocus()
    }

    private func clear() {
        // A focused cell loses the focus as it is removed: its row is no longer one to evaluate (that would save or
        // keep it, and re-render the grid from inside this loop).
        focusedRow = nil
        focusedColumn = nil
        for row in rows { detach(row) }
        rows = []
        pasteReport.isVisible = false
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
        for row in rows { row.deleteButton.isVisible = !(row.measurementID == nil && row.input.isEmpty) }
    }

    /// Adds an empty row at the end and wires its cells.
    @discardableResult
    func appendRow() -> MeasurementGridRow {
        let position = rows.count
        let row = MeasurementGridRow(position: position + 1)
        let top = Int32(1 + 2 * position)
        for (i, entry) in row.entries.enumerated() {
            grid.attach(entry, column: Int32(i), row: top)
            let column = MeasurementColumn(rawValue: i)!
            // Weak: a removed row's entry can still hear the last of its focus and key events after the row is gone.
            entry.onChanged(self) { [weak row] grid in
                guard let row, !row.filling else { return }
                grid.cellChanged(row, column)
            }
            // Before the entry's own key bindings, which would ring the bell on Up and Down.
            entry.onKeyPressed(self, beforeChildren: true) { [weak row] grid, key in
                guard let row else { return false }
                return grid.keyPressed(key, row: row, column: column)
            }
            entry.onFocusEnter(self) { [weak row] grid in
                grid.focusedRow = row
                grid.focusedColumn = column
            }
            entry.onFocusLeave(self) { [weak row] grid in
                guard let row, grid.focusedRow === row, grid.focusedColumn == column else { return }
                grid.focusedRow = nil
                grid.focusedColumn = nil
                if let indicator = grid.indicator, row.measurementID == nil { _ = grid.evaluate(row, indicator) }
            }
        }
        grid.attach(row.deleteButton, column: Int32(MeasurementColumn.allCases.count), row: top)
        grid.attach(row.message, column: 0, row: top + 1, width: Int32(MeasurementColumn.allCases.count + 1))
        row.deleteButton.onClicked(self) { [weak row] grid in
            guard let row else { return }
            grid.delete(row)
        }
        rows.append(row)
        return row
    }

    private func detach(_ row: MeasurementGridRow) {
        for view in row.entries + [row.deleteButton, row.message] as [GtkView] { grid.remove(view) }
    }
}
