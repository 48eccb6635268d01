import FoundationEssentials
import SamskapCore
import SamskapGtk

/// The municipality with type-ahead over all of the country's municipalities (Core's `MunicipalityList`).
@MainActor
final class MunicipalityField {
    let entry: Entry
    private let suggestions: RowList
    private let message: Label
    /// The country's municipalities, read on the first keystroke (not before the window's first frame).
    private lazy var list: [Municipality] = (try? MunicipalityList.load()) ?? []
    private var chosen: Municipality?
    private var filling = false
    /// Called with the chosen municipality (nil when cleared).
    var onChange: (@MainActor (Municipality?) -> Void)?

    /// Adds the field to a group of rows: the entry, the matches under it while typing, the message.
    init(in group: RowGroup) {
        entry = Entry(name: tr("Municipality"), placeholder: tr("Type a name or number"))
        suggestions = RowList()
        suggestions.addCSSClass("suggestions")
        suggestions.setAccessibleName(tr("Matching municipalities"))
        suggestions.isVisible = false
        suggestions.marginStart = 12
        suggestions.marginEnd = 12
        message = group.addEntry(tr("Municipality"), entry, under: suggestions)
        entry.onChanged(self) { $0.typed() }
        entry.onActivate(self) { field in
            let matches = MunicipalityList.matches(field.entry.text, in: field.list)
            if let first = matches.first { field.choose(first) } else { field.reportUnmatched() }
        }
        // Down moves from the entry into the list, as in a search field with suggestions.
        entry.onKeyPressed(self, beforeChildren: true) { field, key in
            guard key.isArrowDown, field.suggestions.isVisible else { return false }
            return field.suggestions.focusFirstRow()
        }
        // What was typed and matches nothing is said when the user moves on, not at every keystroke.
        entry.onFocusLeave(self) { $0.reportUnmatched() }
    }

    /// Shows a municipality without reporting a change.
    func show(_ municipality: Municipality?) {
        chosen = municipality
        filling = true
        entry.text = municipality.map(Self.display) ?? ""
        filling = false
        suggestions.isVisible = false
        FieldMessage.show(message, on: entry, nil)
    }

    static func display(_ m: Municipality) -> String { "\(m.name) (\(m.number))" }

    private func typed() {
        guard !filling else { return }
        let text = entry.text.trimmingSpaces()
        if text.isEmpty {
            suggestions.isVisible = false
            FieldMessage.show(message, on: entry, nil)
            if chosen != nil { chosen = nil; onChange?(nil) }
            return
        }
        if let current = chosen, text == Self.display(current) { return }
        if let exact = list.first(where: { $0.name.caseFolded() == text.caseFolded() || Self.display($0) == text }) {
            choose(exact)
            return
        }
        let matches = Array(MunicipalityList.matches(text, in: list).prefix(6))
        suggestions.removeAll()
        for m in matches {
            let button = Button(Self.display(m), classes: ["flat"])
            button.onClicked(self) { $0.choose(m) }
            button.usesUnderline = false
            button.alignText(0)
            suggestions.append(button)
        }
        suggestions.isVisible = !matches.isEmpty
        // While typing, the list itself is the answer: no message marks the field as wrong.
        FieldMessage.show(message, on: entry, nil)
    }

    /// Says that the text matches no municipality, once the user has finished typing it (Enter, or leaving the field).
    /// Text that matches some is no mistake: the list under it is the way on (and the focus may be going there).
    private func reportUnmatched() {
        let text = entry.text.trimmingSpaces()
        guard !filling, !text.isEmpty, chosen.map(Self.display) != text,
              MunicipalityList.matches(text, in: list).isEmpty else { return }
        FieldMessage.show(message, on: entry, trf("No municipality matches “%1$s”. Check the spelling, or type the four-digit number.", text))
    }

    private func choose(_ m: Municipality) {
        chosen = m
        filling = true
        entry.text = Self.display(m)
        filling = false
        suggestions.isVisible = false
        FieldMessage.show(message, on: entry, nil)
        onChange?(m)
    }
}
