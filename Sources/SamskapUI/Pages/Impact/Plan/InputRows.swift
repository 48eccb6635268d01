import CGtk
import FoundationEssentials
import SamskapCore
import SamskapGtk

/// What goes into one activity: a row per input (kind, amount, from which partner, what), and a button for one more.
@MainActor
final class InputRows {
    let root: Widget

    init(editor: ActivityEditor, activity: Activity, partners: [Partner]) {
        root = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 4)
        Widgets.append(root, Widgets.label(tr("Inputs"), classes: ["field-caption"]))
        let id = activity.id
        for input in activity.inputs {
            let row = Widgets.box(GTK_ORIENTATION_HORIZONTAL, spacing: 8)
            let kind = Form.dropDown(name: tr("Kind of input"), items: InputKind.allCases.map(term))
            Form.select(kind, InputKind.allCases.firstIndex(of: input.kind) ?? 0)
            let amount = Widgets.entry(name: tr("Amount"), text: ImpactText.number(input.amount), placeholder: tr("how much"))
            gtk_editable_set_width_chars(samskap_editable(amount), 8)
            let partner = Form.dropDown(name: tr("From partner"), items: [tr("Nobody chosen")] + partners.map(\.name))
            Form.select(partner, input.partnerID.flatMap { p in partners.firstIndex { $0.id == p } }.map { $0 + 1 } ?? 0)
            let note = Widgets.entry(name: tr("What exactly"), text: input.note, placeholder: tr("what exactly"))
            gtk_widget_set_hexpand(note, 1)
            let remove = Widgets.iconButton("list-remove-symbolic", name: tr("Remove the input")) { [weak editor] in
                editor?.update(id, key: nil, rebuild: true) { $0.inputs.removeAll { $0.id == input.id } }
                editor?.window?.state.drafts.discard(recordID: input.id)
            }
            let message = FieldMessage.make()
            PlanFieldDraft.restore(amount, message: message, in: editor.window, input.id, Self.amountField)
            let edit: @MainActor (String?, (inout ActivityInput) -> Void) -> Void = { [weak editor] key, change in
                editor?.update(id, key: key.map { "input.\(input.id).\($0)" }) { a in
                    guard let i = a.inputs.firstIndex(where: { $0.id == input.id }) else { return }
                    change(&a.inputs[i])
                }
            }
            Form.onSelect(kind) {
                let index = Form.selected(kind)
                guard InputKind.allCases.indices.contains(index) else { return }
                edit(nil) { $0.kind = InputKind.allCases[index] }
            }
            Form.onSelect(partner) {
                let index = Form.selected(partner)
                edit(nil) { $0.partnerID = index > 0 && index <= partners.count ? partners[index - 1].id : nil }
            }
            Signals.connect(note, "changed") {
                let text = CStrings.text(ofEditable: note)
                edit("note") { $0.note = text }
            }
            Signals.connect(amount, "changed") { [weak editor] in
                let text = CStrings.text(ofEditable: amount).trimmed()
                let value = SamskapCore.Measurement.parseNumber(text)
                let reads = text.isEmpty || value != nil
                PlanFieldDraft.mark(amount, message: message, in: editor?.window, input.id, Self.amountField, text: text,
                                    problem: reads ? nil : ImpactText.notANumber(text),
                                    title: trf("Amount of an input to “%1$s”", editor?.name(of: id) ?? ""))
                if reads { edit("amount") { $0.amount = text.isEmpty ? nil : value } }
            }
            Widgets.append(row, kind, amount, partner, note, remove)
            Widgets.append(root, row, message)
        }
        let add = Widgets.button(tr("Add an _input"), accessibleName: trf("Add an input to “%1$s”", activity.name)) { [weak editor] in
            editor?.update(id, key: nil, rebuild: true) { $0.inputs.append(ActivityInput(kind: .hours)) }
        }
        gtk_widget_set_halign(add, GTK_ALIGN_START)
        Widgets.append(root, add)
    }

    /// The field an input's amount is kept under when it does not read (the record is the input).
    static let amountField = "activity.input.amount"
}
