import FoundationEssentials
import SamskapCore
import SamskapGtk

/// One row of the measurement grid: an entry per column, a delete button and the row's message underneath.
@MainActor
final class MeasurementGridRow {
    /// The measurement the row shows; nil for a new row not saved yet.
    var measurementID: UUID?
    /// The measurement as last saved from or shown in the row; a different one in the state refills the row.
    var shown: SamskapCore.Measurement?
    /// Names a new row's cells in the window's `DraftStore` while they cannot be saved yet.
    var draftID = UUID()
    /// The entries, by column.
    let entries: [Entry]
    let deleteButton: Button
    let message: Label
    /// True while the row is being filled, so that no edits are reported.
    var filling = false

    init(position: Int) {
        entries = MeasurementColumn.allCases.map { column in
            let entry = Entry(name: "", placeholder: column == .date ? tr("d.m.yyyy") : nil)
            switch column {
            case .date:
                entry.widthChars = 10
            case .value:
                entry.widthChars = 8
                entry.disableSpellCheck()
            case .note:
                entry.expandsHorizontally = true
                entry.widthChars = 12
            case .source:
                entry.widthChars = 10
            }
            entry.addCSSClass("grid-cell")
            return entry
        }
        deleteButton = Button(icon: "edit-delete-symbolic", name: "")
        message = Label("", classes: ["field-message"], wrap: true)
        message.maxWidthChars = 70
        message.isVisible = false
        number(position)
    }

    /// Names the cells by column and row number ("Value, row 3"), as a screen reader announces them.
    func number(_ position: Int) {
        for column in MeasurementColumn.allCases {
            entries[column.rawValue].setAccessibleName(trf("%1$s, row %2$s", column.title, "\(position)"))
        }
        let name = trf("Delete measurement, row %1$s", "\(position)")
        deleteButton.setAccessibleName(name)
        deleteButton.setTooltipText(name)
    }

    /// The texts of the cells.
    var input: MeasurementRowInput {
        MeasurementRowInput(cells: entries.map(\.text))
    }

    /// Puts texts in the cells without reporting edits.
    func show(_ input: MeasurementRowInput) {
        filling = true
        defer { filling = false }
        for column in MeasurementColumn.allCases { entries[column.rawValue].text = input[column] }
    }

    /// Shows the problems and warnings of the row: the cells concerned are marked, the messages written under the row.
    func showProblems(_ problems: [MeasurementRowInput.Problem], warning: Bool = false) {
        for (i, entry) in entries.enumerated() {
            let own = problems.filter { $0.column.rawValue == i }
            let bad = !own.isEmpty && !warning
            entry.setAccessibleInvalid(bad)
            entry.setAccessibleDescription(own.map(\.message).joined(separator: " "))
            entry.setCSSClass("error", bad)
        }
        let text = problems.map(\.message).joined(separator: "\n")
        message.text = text
        message.isVisible = !text.isEmpty
        message.setCSSClass("warning", warning)
    }

    /// Whether a cell of the row shows a problem that keeps it from being saved.
    var hasProblem: Bool { entries.contains { $0.hasCSSClass("error") } }
}
