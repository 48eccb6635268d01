import CGtk

/// A check box, or a radio button once joined to a group (GtkCheckButton), named by its own label.
@MainActor
public final class CheckButton: GtkView {
    /// A check box labelled `text`; assistive technologies read the label as its name.
    public init(_ text: String) {
        super.init(gtk_check_button_new_with_label(text)!)
        Accessibility.setOwnLabel(widget, text)
    }

    /// Wraps a check button made elsewhere (an option row's from `FormRows.option`).
    override init(_ widget: Widget) { super.init(widget) }

    /// Whether it is checked; setting it emits "toggled" like a click does.
    public var isActive: Bool {
        get { gtk_check_button_get_active(samskap_check_button(widget)) != 0 }
        set { gtk_check_button_set_active(samskap_check_button(widget), newValue ? 1 : 0) }
    }

    /// Makes it a radio button of `first`'s group: checking one unchecks the others.
    public func join(_ first: CheckButton) {
        gtk_check_button_set_group(samskap_check_button(widget), samskap_check_button(first.widget))
    }

    /// Runs `handler` with `owner` (held weakly) whenever it is checked or unchecked.
    public func onToggled<Owner: AnyObject>(_ owner: Owner, _ handler: @escaping @MainActor (Owner) -> Void) {
        connect("toggled", owner: owner, handler)
    }

    /// A check box labelled `text` but named `accessibleName` (the same label in two groups: which group it is in).
    public convenience init(_ text: String, accessibleName: String) {
        self.init(text)
        Accessibility.setOwnLabel(widget, accessibleName)
    }
}
