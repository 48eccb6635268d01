import CGtk

/// A field for a whole number within a range, with buttons to step it (GtkSpinButton).
@MainActor
public final class SpinButton: GtkView {
    /// A spin button from `minimum` to `maximum` in steps of `step`, named `name` for assistive technologies.
    public init(name: String, minimum: Int, maximum: Int, step: Int = 1) {
        super.init(gtk_spin_button_new_with_range(Double(minimum), Double(maximum), Double(step))!)
        Accessibility.setLabel(widget, name)
    }

    /// The number it holds (the last one taken: a typed one counts once activated or left, see `onChanged`);
    /// setting it emits "value-changed" when it differs.
    public var value: Int {
        get { Int(gtk_spin_button_get_value_as_int(OpaquePointer(widget))) }
        set { gtk_spin_button_set_value(OpaquePointer(widget), Double(newValue)) }
    }

    /// The text in the field, as typed (not yet taken as its value).
    public var text: String { CStrings.text(ofEditable: widget) }

    /// Runs `handler` with `owner` (held weakly) whenever the value changes.
    public func onValueChanged<Owner: AnyObject>(_ owner: Owner, _ handler: @escaping @MainActor (Owner) -> Void) {
        connect("value-changed", owner: owner, handler)
    }

    /// Runs `handler` with `owner` (held weakly) on every change of the text, typed or set.
    public func onChanged<Owner: AnyObject>(_ owner: Owner, _ handler: @escaping @MainActor (Owner) -> Void) {
        connect("changed", owner: owner, handler)
    }
}
