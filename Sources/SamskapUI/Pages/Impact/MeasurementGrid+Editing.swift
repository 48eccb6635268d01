import FoundationEssentials
import SamskapCore
import SamskapGtk

extension MeasurementGrid {
    /// A cell was typed in (or a block pasted into it).
    func cellChanged(_ row: MeasurementGridRow, _ column: MeasurementColumn) {
        let text = row.entries[column.rawValue].text
        defer { updateDeleteButtons() }
        if MeasurementPaste.isBlock(text) {
            paste(text, at: row, column)
            return
        }
        guard let indicator else { return }
        if let id = row.measurementID, let stored = window.state.document.measurements(of: indicator.id).first(where: { $0.id == id }) {
            editCell(row, column, stored: stored, indicator: indicator)
            return
        }
        switch evaluate(row, indicator) {
        case let .some(measurement):
            row.measurementID = measurement.id
            row.shown = measurement
            keepNewRow(row, indicator)
            if window.perform([.upsertMeasurement(measurement)], coalescing: "measurement.\(measurement.id).\(column.rawValue)") {
                ensureNewRow()
            }
        case .none:
            keepNewRow(row, indicator)
            // A new row being typed (or waiting for a correction) keeps an empty row below it for the next one.
            if row.measurementID == nil, !row.input.isEmpty { ensureNewRow() }
        }
    }

    /// A cell of a stored measurement: saved on its own when it reads and breaks no rule, whatever the row's other
    /// cells hold; else kept in the cell, marked, until corrected or the window closes.
    func editCell(_ row: MeasurementGridRow, _ column: MeasurementColumn, stored: SamskapCore.Measurement, indicator: Indicator) {
        if let changed = apply(row, column, to: stored, indicator: indicator) {
            row.shown = changed
            window.perform([.upsertMeasurement(changed)], coalescing: "measurement.\(stored.id).\(column.rawValue)")
        }
        showMessages(row, indicator)
    }

    /// A block pasted over a stored measurement's row, taken cell by cell as typing would take it: the measurement
    /// with every cell that reads, or nil when none changed it; a cell that does not read stays in it, marked.
    func pasteOver(_ row: MeasurementGridRow, stored: SamskapCore.Measurement, indicator: Indicator) -> SamskapCore.Measurement? {
        var record = stored
        for column in MeasurementColumn.allCases {
            if let changed = apply(row, column, to: record, indicator: indicator) { record = changed }
        }
        showMessages(row, indicator)
        guard record != stored else { return nil }
        row.shown = record
        return record
    }

    /// One cell of a stored measurement through the window's drafts: `record` with the cell's value when it reads and
    /// breaks no rule; nil when it changes nothing or is kept unsaved.
    private func apply(_ row: MeasurementGridRow, _ column: MeasurementColumn, to record: SamskapCore.Measurement,
                       indicator: Indicator) -> SamskapCore.Measurement? {
        let table = MeasurementFields.table(for: indicator, period: window.state.document.project.period)
        let title = trf("%1$s for “%2$s”, %3$s", column.title, indicator.name, ImpactText.date(record.date))
        return window.state.drafts.edit(row.entries[column.rawValue].text, in: MeasurementFields.field(column),
                                        of: record.id, stored: record, table: table, title: title, language: Translations.language)
    }

    /// Keeps a new row that is not saved (yet) in the window's `DraftStore`, whole, so that another indicator or
    /// an undo does not drop it; forgets it once it is saved or emptied.
    func keepNewRow(_ row: MeasurementGridRow, _ indicator: Indicator) {
        let field = MeasurementFields.newRowField(of: indicator.id)
        let drafts = window.state.drafts
        let input = row.input
        guard row.measurementID == nil, !input.isEmpty,
              case let .problems(problems) = input.read(for: indicator, base: nil, period: window.state.document.project.period) else {
            drafts.discard(row.draftID, field)
            return
        }
        drafts.keep(.init(text: MeasurementFields.text(of: input), message: problems.map(\.message).joined(separator: " "),
                          title: trf("New measurement of “%1$s”", indicator.name)), row.draftID, field)
    }

    /// The messages under a stored measurement's row: its cells kept unsaved first, else the warnings of what is
    /// saved (a date outside the project period).
    func showMessages(_ row: MeasurementGridRow, _ indicator: Indicator) {
        guard let id = row.measurementID else { return }
        let kept = window.state.drafts.drafts(of: id)
        if !kept.isEmpty {
            let problems = MeasurementColumn.allCases.compactMap { column in
                kept[MeasurementFields.field(column)].map { MeasurementRowInput.Problem(column: column, message: $0.message, isMissing: false) }
            }
            row.showProblems(problems)
            return
        }
        switch row.input.read(for: indicator, base: row.shown, period: window.state.document.project.period) {
        case let .valid(_, warnings): row.showProblems(warnings, warning: true)
        case let .problems(problems): row.showProblems(problems)
        case .empty: row.showProblems([])
        }
    }

    /// Reads a row, shows its problems or warnings, and returns the measurement to save when it changed.
    /// `showMissing` also names empty cells of a new row (a pasted row that lacks them will not be typed further).
    func evaluate(_ row: MeasurementGridRow, _ indicator: Indicator, showMissing: Bool = false) -> SamskapCore.Measurement? {
        let period = window.state.document.project.period
        switch row.input.read(for: indicator, base: row.shown, period: period) {
        case .empty:
            row.showProblems([])
            return nil
        case let .problems(problems):
            // A new row still being typed shows only what is wrong, not what is missing yet, and says nothing
            // about the cell being typed in ("1.3" on the way to "1.3.2026") until the cursor leaves it.
            var shown = problems
            if row.measurementID == nil && !showMissing {
                shown = problems.filter { !$0.isMissing && !(focusedRow === row && focusedColumn == $0.column) }
            }
            row.showProblems(shown)
            return nil
        case let .valid(measurement, warnings):
            row.showProblems(warnings, warning: true)
            return measurement == row.shown ? nil : measurement
        }
    }

    /// Spreads a pasted block over the rows from the cell it was pasted into; saves every row that reads as
    /// one step (one undo), keeps the others on screen with their messages.
    func paste(_ text: String, at row: MeasurementGridRow, _ column: MeasurementColumn) {
        guard let start = rows.firstIndex(where: { $0 === row }), let indicator else { return }
        let block = MeasurementPaste.withoutHeading(MeasurementPaste.rows(text), startColumn: column)
        // The cell held the whole block for a moment: give it back its own text before spreading.
        var inputs = rows.map(\.input)
        inputs[start] = row.shown.map { MeasurementRowInput($0) } ?? MeasurementRowInput()
        let placed = MeasurementPaste.place(block, at: start, column: column, over: inputs)
        while rows.count < placed.count { appendRow() }
        var changes: [Change] = []
        var refused = 0
        for index in start..<min(start + max(block.count, 1), rows.count) {
            let target = rows[index]
            target.show(placed[index])
            if let id = target.measurementID, let stored = window.state.document.measurements(of: indicator.id).first(where: { $0.id == id }) {
                if let changed = pasteOver(target, stored: stored, indicator: indicator) { changes.append(.upsertMeasurement(changed)) }
                if !window.state.drafts.drafts(of: id).isEmpty { refused += 1 }
            } else if let measurement = evaluate(target, indicator, showMissing: true) {
                target.measurementID = measurement.id
                target.shown = measurement
                changes.append(.upsertMeasurement(measurement))
            } else if target.hasProblem || (target.measurementID == nil && !target.input.isEmpty) {
                refused += 1
                keepNewRow(target, indicator)
            }
        }
        if !changes.isEmpty { window.perform(changes) }
        ensureNewRow()
        let message: String
        if refused == 0 {
            message = changes.count == 1 ? tr("Pasted 1 measurement.") : trf("Pasted %1$s measurements.", "\(changes.count)")
        } else {
            message = trf("Pasted %1$s measurements; %2$s rows are not saved until the cells marked in red are corrected.",
                          "\(changes.count)", "\(refused)")
        }
        pasteReport.text = message
        pasteReport.removeCSSClass("error")
        pasteReport.isVisible = true
        grid.setAccessibleDescription(message)
    }

    /// Deletes the row's measurement (a toast offers undo); a new row is only emptied.
    func delete(_ row: MeasurementGridRow) {
        guard let id = row.measurementID else {
            row.show(MeasurementRowInput())
            row.showProblems([])
            if let indicator { keepNewRow(row, indicator) }
            // A new row deleted from among others goes, rather than staying behind empty (the grid keeps one empty
            // row, at the end).
            if row !== rows.last, let indicator {
                // Every other unsaved row is kept first, so that the rebuild puts it back as typed; the rebuild waits
                // for the main loop, since it removes the button whose click is being handled.
                for other in rows where other !== row && other.measurementID == nil { keepNewRow(other, indicator) }
                MainThread.post { [weak self] in
                    guard let self, let indicator = self.indicator else { return }
                    self.rebuild(self.window.state.document.measurements(of: indicator.id))
                }
            }
            updateDeleteButtons()
            return
        }
        guard window.perform([.deleteMeasurement(id)]) else { return }
        // Deleting is the user's own choice: what was typed into the row and not saved goes with it.
        window.state.drafts.discard(recordID: id)
        window.toast.show(tr("Deleted the measurement"), actionTitle: tr("_Undo")) { [weak window] in window?.undo() }
    }

    /// Up and Down move between rows in the same column; Enter goes down, from an unsaved new row to its next cell.
    func keyPressed(_ key: KeyPress, row: MeasurementGridRow, column: MeasurementColumn) -> Bool {
        guard key.isPlain, let index = rows.firstIndex(where: { $0 === row }) else { return false }
        if key.isArrowUp { return focus(index - 1, column) }
        if key.isArrowDown { return focus(index + 1, column) }
        guard key.isEnter else { return false }
        if row.measurementID == nil, !row.input.isEmpty, let next = MeasurementColumn(rawValue: column.rawValue + 1) {
            return focus(index, next)
        }
        // Into an empty new row, start at its date: that is where a measurement begins.
        let next = index + 1
        let intoNewRow = next == rows.count - 1 && rows[next].measurementID == nil && rows[next].input.isEmpty
        return focus(next, intoNewRow ? .date : column)
    }

    private func focus(_ index: Int, _ column: MeasurementColumn) -> Bool {
        guard rows.indices.contains(index) else { return true }
        rows[index].entries[column.rawValue].grabFocus()
        return true
    }
}
