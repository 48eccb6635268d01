import SamskapCore
import SamskapGtk

/// A row of radio buttons for the cases of a term (level, kind, direction), named for assistive technologies.
@MainActor
final class RadioGroup<Value: Term> {
    let root: Box
    private(set) var buttons: [(Value, CheckButton)] = []
    /// Called with the chosen case when the user picks one (not when `select` sets it).
    var onChange: (@MainActor (Value) -> Void)?
    private var filling = false

    init(name: String, cases: [Value]) {
        root = Box(.horizontal, spacing: 16)
        root.setAccessibleName(name)
        for value in cases {
            let radio = CheckButton(term(value))
            if let first = buttons.first?.1 { radio.join(first) }
            buttons.append((value, radio))
            root.append(radio)
            radio.onToggled(self) { group, isActive in
                guard !group.filling, isActive else { return }
                group.onChange?(value)
            }
        }
    }

    /// Marks the case without reporting it.
    func select(_ value: Value) {
        filling = true
        defer { filling = false }
        for (candidate, radio) in buttons where candidate == value { radio.isActive = true }
    }
}
