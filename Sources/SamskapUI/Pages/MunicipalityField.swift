import CGtk
import FoundationEssentials
import SamskapCore

/// The municipality with type-ahead over all of the country's municipalities (Core's `MunicipalityList`).
@MainActor
final class MunicipalityField {
    let root: Widget
    let entry: Widget
    private let suggestions: Widget
    private let message: Widget
    /// The country's municipalities, read on the first keystroke (not before the window's first frame).
    private lazy var list: [Municipality] = (try? MunicipalityList.load()) ?? []
    private var chosen: Municipality?
    private var filling = false
    /// Called with the chosen municipality (nil when cleared).
    var onChange: (@MainActor (Municipality?) -> Void)?

    init() {
        entry = Widgets.entry(name: tr("Municipality"), placeholder: tr("Type a name or number"))
        suggestions = gtk_list_box_new()!
        gtk_list_box_set_selection_mode(samskap_list_box(suggestions), GTK_SELECTION_NONE)
        Widgets.addClasses(suggestions, ["boxed-list", "suggestions"])
        Accessibility.setLabel(suggestions, tr("Matching municipalities"))
        gtk_widget_set_visible(suggestions, 0)
        let field = Form.field(tr("Municipality"), entry)
        message = field.message
        gtk_box_insert_child_after(samskap_box(field.root), suggestions, entry)
        root = field.root
        Signals.connect(entry, "changed") { [unowned self] in self.typed() }
        Signals.connect(entry, "activate") { [unowned self] in
            let matches = MunicipalityList.matches(CStrings.text(ofEditable: self.entry), in: self.list)
            if let first = matches.first { self.choose(first) }
        }
    }

    /// Shows a municipality without reporting a change.
    func show(_ municipality: Municipality?) {
        chosen = municipality
        filling = true
        Form.setText(ofEntry: entry, municipality.map(Self.display) ?? "")
        filling = false
        gtk_widget_set_visible(suggestions, 0)
        FieldMessage.show(message, on: entry, nil)
    }

    static func display(_ m: Municipality) -> String { "\(m.name) (\(m.number))" }

    private func typed() {
        guard !filling else { return }
        let text = CStrings.text(ofEditable: entry).trimmingSpaces()
        if text.isEmpty {
            gtk_widget_set_visible(suggestions, 0)
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
        Widgets.removeChildren(suggestions)
        for m in matches {
            let button = Widgets.button(Self.display(m), classes: ["flat"]) { [unowned self] in self.choose(m) }
            gtk_button_set_use_underline(samskap_button(button), 0)
            gtk_list_box_append(samskap_list_box(suggestions), button)
        }
        gtk_widget_set_visible(suggestions, matches.isEmpty ? 0 : 1)
        FieldMessage.show(message, on: entry, matches.isEmpty
            ? trf("No municipality matches “%1$s”. Check the spelling, or type the four-digit number.", text)
            : tr("Choose a municipality from the list."))
    }

    private func choose(_ m: Municipality) {
        chosen = m
        filling = true
        Form.setText(ofEntry: entry, Self.display(m))
        filling = false
        gtk_widget_set_visible(suggestions, 0)
        FieldMessage.show(message, on: entry, nil)
        onChange?(m)
    }
}
