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

    /// A check box labelled `text`, `_` before its mnemonic letter; assistive technologies read `accessibleName`.
    public init(mnemonic text: String, accessibleName: String) {
        super.init(gtk_check_button_new_with_mnemonic(text)!)
        Accessibility.setOwnLabel(widget, accessibleName)
    }

    /// Lets a long label break onto more lines (at words, or anywhere in a very long word).
    public func wrapLabel() {
        guard let label = gtk_check_button_get_child(samskap_check_button(widget)) else { return }
        gtk_label_set_wrap(samskap_label(label), 1)
        gtk_label_set_wrap_mode(samskap_label(label), PANGO_WRAP_WORD_CHAR)
    }

    /// Runs `handler` with `owner` (held weakly) and whether it is now checked, whenever it is checked or unchecked;
    /// the handler need not hold the button (which would keep it alive).
    public func onToggled<Owner: AnyObject>(_ owner: Owner, _ handler: @escaping @MainActor (Owner, Bool) -> Void) {
        let button = samskap_check_button(widget)  // the emitter: alive while it emits, never kept here
        connect("toggled", owner: owner) { owner in handler(owner, gtk_check_button_get_active(button) != 0) }
    }
}
