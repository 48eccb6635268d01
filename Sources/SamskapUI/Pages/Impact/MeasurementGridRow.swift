import CGtk
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
    let entries: [Widget]
    let deleteButton: Widget
    let message: Widget
    /// True while the row is being filled, so that no edits are reported.
    var filling = false

    init(position: Int) {
        entries = MeasurementColumn.allCases.map { column in
            let entry = gtk_entry_new()!
            switch column {
            case .date:
                gtk_editable_set_width_chars(samskap_editable(entry), 10)
                gtk_entry_set_placeholder_text(samskap_entry(entry), tr("d.m.yyyy"))
            case .value:
                gtk_editable_set_width_chars(samskap_editable(entry), 8)
                gtk_entry_set_input_hints(samskap_entry(entry), GTK_INPUT_HINT_NO_SPELLCHECK)
            case .note:
                gtk_widget_set_hexpand(entry, 1)
                gtk_editable_set_width_chars(samskap_editable(entry), 12)
            case .source:
                gtk_editable_set_width_chars(samskap_editable(entry), 10)
            }
            Widgets.addClasses(entry, ["grid-cell"])
            return entry
        }
        deleteButton = Widgets.iconButton("edit-delete-symbolic", name: "") {}
        message = Widgets.label("", classes: ["field-message"], wrap: true)
        gtk_label_set_max_width_chars(samskap_label(message), 70)
        gtk_widget_set_visible(message, 0)
        number(position)
    }

    /// Names the cells by column and row number ("Value, row 3"), as a screen reader announces them.
    func number(_ position: Int) {
        for column in MeasurementColumn.allCases {
            Accessibility.setLabel(entries[column.rawValue], trf("%1$s, row %2$s", column.title, "\(position)"))
        }
        let name = trf("Delete measurement, row %1$s", "\(position)")
        Accessibility.setLabel(deleteButton, name)
        gtk_widget_set_tooltip_text(deleteButton, name)
    }

    /// The texts of the cells.
    var input: MeasurementRowInput {
        MeasurementRowInput(cells: entries.map { CStrings.text(ofEditable: $0) })
    }

    /// Puts texts in the cells without reporting edits.
    func show(_ input: MeasurementRowInput) {
        filling = true
        defer { filling = false }
        for column in MeasurementColumn.allCases { Form.setText(ofEntry: entries[column.rawValue], input[column]) }
    }

    /// Shows the problems and warnings of the row: the cells concerned are marked, the messages written under the row.
    func showProblems(_ problems: [MeasurementRowInput.Problem], warning: Bool = false) {
        for (i, entry) in entries.enumerated() {
            let own = problems.filter { $0.column.rawValue == i }
            let bad = !own.isEmpty && !warning
            Accessibility.setInvalid(entry, bad)
            Accessibility.setDescription(entry, own.map(\.message).joined(separator: " "))
            if bad { gtk_widget_add_css_class(entry, "error") } else { gtk_widget_remove_css_class(entry, "error") }
        }
        let text = problems.map(\.message).joined(separator: "\n")
        gtk_label_set_text(samskap_label(message), text)
        gtk_widget_set_visible(message, text.isEmpty ? 0 : 1)
        if warning { gtk_widget_add_css_class(message, "warning") } else { gtk_widget_remove_css_class(message, "warning") }
    }

    /// Whether a cell of the row shows a problem that keeps it from being saved.
    var hasProblem: Bool { entries.contains { gtk_widget_has_css_class($0, "error") != 0 } }
}
