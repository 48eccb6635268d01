extension GtkView {
    /// Replaces the name the widget gets from its own label (a check box's, a button's), for assistive technologies.
    public func setOwnAccessibleName(_ name: String) { Accessibility.setOwnLabel(widget, name) }

    /// Marks the widget's value as invalid (or valid) for assistive technologies, next to a visible message.
    public func setAccessibleInvalid(_ invalid: Bool) { Accessibility.setInvalid(widget, invalid) }
}
