import CGtk
import SamskapCore
import SamskapGtk

/// A row of radio buttons for the cases of a term (level, kind, direction), named for assistive technologies.
@MainActor
final class RadioGroup<Value: Term> {
    let root: Widget
    private(set) var buttons: [(Value, Widget)] = []
    /// Called with the chosen case when the user picks one (not when `select` sets it).
    var onChange: (@MainActor (Value) -> Void)?
    private var filling = false

    init(name: String, cases: [Value]) {
        root = Widgets.box(GTK_ORIENTATION_HORIZONTAL, spacing: 16)
        Accessibility.setLabel(root, name)
        var first: Widget?
        for value in cases {
            let radio = gtk_check_button_new_with_label(term(value))!
            Accessibility.setOwnLabel(radio, term(value))
            if let first { gtk_check_button_set_group(samskap_check_button(radio), samskap_check_button(first)) } else { first = radio }
            buttons.append((value, radio))
            Widgets.append(root, radio)
            Signals.connect(radio, "toggled") { [weak self] in
                guard let self else { return }
                guard !self.filling, gtk_check_button_get_active(samskap_check_button(radio)) != 0 else { return }
                self.onChange?(value)
            }
        }
    }

    /// Marks the case without reporting it.
    func select(_ value: Value) {
        filling = true
        defer { filling = false }
        for (candidate, radio) in buttons where candidate == value {
            gtk_check_button_set_active(samskap_check_button(radio), 1)
        }
    }
}
