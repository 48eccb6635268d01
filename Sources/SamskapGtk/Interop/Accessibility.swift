import CGtk

/// Names and states that assistive technologies (and the real-window tests) read.
@MainActor
public enum Accessibility {
    /// Sets the accessible name (`GTK_ACCESSIBLE_PROPERTY_LABEL`).
    public static func setLabel(_ widget: gpointer, _ label: String) {
        samskap_accessible_set_label(widget, label)
    }

    /// Replaces the name a widget gets from its own label (buttons whose visible text is not the whole story).
    public static func setOwnLabel(_ widget: gpointer, _ label: String) {
        samskap_accessible_set_own_label(widget, label)
    }

    /// Sets the accessible description.
    public static func setDescription(_ widget: gpointer, _ text: String) {
        samskap_accessible_set_description(widget, text)
    }

    /// Marks the widget's value as invalid (or valid), next to a visible message.
    public static func setInvalid(_ widget: gpointer, _ invalid: Bool) {
        samskap_accessible_set_invalid(widget, invalid ? 1 : 0)
    }

    /// Names the widget by a visible label.
    public static func setLabelledBy(_ widget: gpointer, _ label: gpointer) {
        samskap_accessible_set_labelled_by(widget, label)
    }

    /// Whether the widget's accessible name is exactly `expected` (used by tests).
    public static func hasLabel(_ widget: gpointer, _ expected: String) -> Bool {
        guard samskap_accessible_has_label(widget) != 0 else { return false }
        return CStrings.take(samskap_accessible_check_label(widget, expected)) == nil
    }
}
