import FoundationEssentials
import SamskapCore
import SamskapGtk

/// What goes into one activity: a row per input (kind, amount, from which partner, what), and a button for one more.
@MainActor
final class InputRows {
    let root: Box

    init(editor: ActivityEditor, activity: Activity, partners: [Partner]) {
        root = Box(.vertical, spacing: 4)
        root.append(Label(tr("Inputs"), classes: ["field-caption"]))
        let id = activity.id
        for input in activity.inputs {
            let row = Box(.horizontal, spacing: 8)
            let kind = DropDown(name: tr("Kind of input"), items: InputKind.allCases.map(term))
            kind.select(InputKind.allCases.firstIndex(of: input.kind) ?? 0)
            let amount = Entry(name: tr("Amount"), text: ImpactText.number(input.amount), placeholder: tr("how much"))
            amount.widthChars = 8
            editor.hold(amount)
            let partner = DropDown(name: tr("From partner"), items: [tr("Nobody chosen")] + partners.map(\.name))
            partner.select(input.partnerID.flatMap { p in partners.firstIndex { $0.id == p } }.map { $0 + 1 } ?? 0)
            let note = Entry(name: tr("What exactly"), text: input.note, placeholder: tr("what exactly"))
            note.expandsHorizontally = true
            let remove = Button(icon: "list-remove-symbolic", name: tr("Remove the input"))
            remove.onClicked(editor) { editor in
                editor.update(id, key: nil, rebuild: true) { $0.inputs.removeAll { $0.id == input.id } }
                editor.window?.state.drafts.discard(recordID: input.id)
            }
            let message = FieldMessage.label()
            PlanFieldDraft.restore(amount, message: message, in: editor.window, input.id, Self.amountField)
            let edit: @MainActor (ActivityEditor, String?, (inout ActivityInput) -> Void) -> Void = { editor, key, change in
                editor.update(id, key: key.map { "input.\(input.id).\($0)" }) { a in
                    guard let i = a.inputs.firstIndex(where: { $0.id == input.id }) else { return }
                    change(&a.inputs[i])
                }
            }
            kind.onSelect(editor) { editor, index in
                guard InputKind.allCases.indices.contains(index) else { return }
                edit(editor, nil) { $0.kind = InputKind.allCases[index] }
            }
            partner.onSelect(editor) { editor, index in
                edit(editor, nil) { $0.partnerID = index > 0 && index <= partners.count ? partners[index - 1].id : nil }
            }
            note.onChanged(editor) { editor, text in edit(editor, "note") { $0.note = text } }
            amount.onChanged(editor) { [weak amount] editor, typed in
                let text = typed.trimmed()
                let value = SamskapCore.Measurement.parseNumber(text)
                let reads = text.isEmpty || value != nil
                PlanFieldDraft.mark(amount, message: message, in: editor.window, input.id, Self.amountField, text: text,
                                    problem: reads ? nil : ImpactText.notANumber(text),
                                    title: trf("Amount of an input to “%1$s”", editor.name(of: id)))
                if reads { edit(editor, "amount") { $0.amount = text.isEmpty ? nil : value } }
            }
            row.append(kind, amount, partner, note, remove)
            root.append(row, message)
        }
        let add = Button(tr("Add an _input"), accessibleName: trf("Add an input to “%1$s”", activity.name))
        add.onClicked(editor) { $0.update(id, key: nil, rebuild: true) { $0.inputs.append(ActivityInput(kind: .hours)) } }
        add.horizontalAlignment = .start
        root.append(add)
    }

    /// The field an input's amount is kept under when it does not read (the record is the input).
    static let amountField = "activity.input.amount"
}
