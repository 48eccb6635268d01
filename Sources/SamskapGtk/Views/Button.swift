import CGtk

/// A button with a text or an icon (GtkButton), named for assistive technologies.
@MainActor
public final class Button: GtkView {
    /// A button with a text label, `_` before its mnemonic letter; its accessible name is the label unless given.
    public init(_ text: String, classes: [String] = [], accessibleName: String? = nil) {
        super.init(Widgets.button(text, classes: classes, accessibleName: accessibleName) {})
    }

    /// A button with an icon; `name` is its accessible name and tooltip, and says what it does.
    public init(icon: String, name: String, classes: [String] = ["flat"]) {
        super.init(Widgets.iconButton(icon, name: name, classes: classes) {})
    }

    /// Whether an underscore in the text marks the mnemonic letter (false: a name is shown as it is written).
    public var usesUnderline: Bool {
        get { gtk_button_get_use_underline(samskap_button(widget)) != 0 }
        set { gtk_button_set_use_underline(samskap_button(widget), newValue ? 1 : 0) }
    }

    /// Aligns the button's text: 0 at its start, 0.5 centred (the default), 1 at its end.
    public func alignText(_ xalign: Float) {
        if let label = gtk_button_get_child(samskap_button(widget)) { gtk_label_set_xalign(samskap_label(label), xalign) }
    }

    /// Replaces the button's text with `child` (a row of a list: a name over its details); the accessible name stays.
    public func setChild(_ child: GtkView) { gtk_button_set_child(samskap_button(widget), child.widget) }

    /// Makes a click run the window or application action `name` ("win.export-pdf"), greyed out while it is disabled.
    public func setAction(_ name: String) { gtk_actionable_set_action_name(OpaquePointer(widget), name) }

    /// Runs `handler` with `owner` (held weakly) on every click.
    public func onClicked<Owner: AnyObject>(_ owner: Owner, _ handler: @escaping @MainActor (Owner) -> Void) {
        connect("clicked", owner: owner, handler)
    }

    /// The text; setting it names the button by the new text for assistive technologies too.
    public var label: String {
        get { CStrings.borrow(gtk_button_get_label(samskap_button(widget))) ?? "" }
        set {
            gtk_button_set_label(samskap_button(widget), newValue)
            Accessibility.setOwnLabel(widget, newValue.replacing("_", with: ""))
        }
    }

    /// Replaces the button's text (`_` before its mnemonic letter while `usesUnderline`); the accessible name stays.
    public func setLabelKeepingName(_ text: String) { gtk_button_set_label(samskap_button(widget), text) }
}
