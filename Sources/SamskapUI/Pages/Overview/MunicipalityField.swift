import CGtk
import FoundationEssentials
import SamskapCore
import SamskapGtk

/// The municipality with type-ahead over all of the country's municipalities (Core's `MunicipalityList`).
@MainActor
final class MunicipalityField {
    let entry: Widget
    private let suggestions: Widget
    private let message: Widget
    /// The country's municipalities, read on the first keystroke (not before the window's first frame).
    private lazy var list: [Municipality] = (try? MunicipalityList.load()) ?? []
    private var chosen: Municipality?
    private var filling = false
    /// Called with the chosen municipality (nil when cleared).
    var onChange: (@MainActor (Municipality?) -> Void)?

    /// Adds the field to a group of rows: the entry, the matches under it while typing, the message.
    init(in group: Widget) {
        entry = Widgets.entry(name: tr("Municipality"), placeholder: tr("Type a name or number"))
        suggestions = gtk_list_box_new()!
        gtk_list_box_set_selection_mode(samskap_list_box(suggestions), GTK_SELECTION_NONE)
        Widgets.addClasses(suggestions, ["boxed-list", "suggestions"])
        Accessibility.setLabel(suggestions, tr("Matching municipalities"))
        gtk_widget_set_visible(suggestions, 0)
        gtk_widget_set_margin_start(suggestions, 12)
        gtk_widget_set_margin_end(suggestions, 12)
        message = FormRows.entry(tr("Municipality"), entry, in: group, under: suggestions)
        Signals.connect(entry, "changed") { [weak self] in self?.typed() }
        Signals.connect(entry, "activate") { [weak self] in
            guard let self else { return }
            let matches = MunicipalityList.matches(CStrings.text(ofEditable: self.entry), in: self.list)
            if let first = matches.first { self.choose(first) } else { self.reportUnmatched() }
        }
        // Down moves from the entry into the list, as in a search field with suggestions.
        let keys = gtk_event_controller_key_new()!
        gtk_event_controller_set_propagation_phase(samskap_event_controller(keys.raw), GTK_PHASE_CAPTURE)
        Signals.connectKeyPressed(keys) { [weak self] keyval, _ in
            guard let self, keyval == guint(GDK_KEY_Down) || keyval == guint(GDK_KEY_KP_Down),
                  gtk_widget_get_visible(self.suggestions) != 0,
                  let row = gtk_list_box_get_row_at_index(samskap_list_box(self.suggestions), 0) else { return false }
            return gtk_widget_grab_focus(gtk_list_box_row_get_child(row)) != 0
        }
        gtk_widget_add_controller(entry, samskap_event_controller(keys.raw))
        // What was typed and matches nothing is said when the user moves on, not at every keystroke.
        let focus = gtk_event_controller_focus_new()!
        Signals.connect(focus, "leave") { [weak self] in self?.reportUnmatched() }
        gtk_widget_add_controller(entry, samskap_event_controller(focus.raw))
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
            let button = Widgets.button(Self.display(m), classes: ["flat"]) { [weak self] in self?.choose(m) }
            gtk_button_set_use_underline(samskap_button(button), 0)
            if let label = gtk_button_get_child(samskap_button(button)) { gtk_label_set_xalign(samskap_label(label), 0) }
            gtk_list_box_append(samskap_list_box(suggestions), button)
        }
        gtk_widget_set_visible(suggestions, matches.isEmpty ? 0 : 1)
        // While typing, the list itself is the answer: no message marks the field as wrong.
        FieldMessage.show(message, on: entry, nil)
    }

    /// Says that the text matches no municipality, once the user has finished typing it (Enter, or leaving the field).
    /// Text that matches some is no mistake: the list under it is the way on (and the focus may be going there).
    private func reportUnmatched() {
        let text = CStrings.text(ofEditable: entry).trimmingSpaces()
        guard !filling, !text.isEmpty, chosen.map(Self.display) != text,
              MunicipalityList.matches(text, in: list).isEmpty else { return }
        FieldMessage.show(message, on: entry, trf("No municipality matches “%1$s”. Check the spelling, or type the four-digit number.", text))
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
