import CGtk

/// A one-line text field (GtkEntry), named for assistive technologies.
@MainActor
public final class Entry: GtkView {
    /// An entry named `name`, holding `text`, with a hint shown while it is empty.
    public init(name: String, text: String = "", placeholder: String? = nil) {
        super.init(Widgets.entry(name: name, text: text, placeholder: placeholder))
    }

    /// The text; setting the text it already holds changes nothing (the cursor stays where it is).
    public var text: String {
        get { CStrings.text(ofEditable: widget) }
        set { Form.setText(ofEntry: widget, newValue) }
    }

    /// What the entry is for, so that an on-screen keyboard or input method offers the right keys.
    public enum Purpose: Sendable {
        case freeForm, email, phone
    }

    /// Tells input methods what the entry is for.
    public func setPurpose(_ purpose: Purpose) {
        let gtk = switch purpose {
        case .freeForm: GTK_INPUT_PURPOSE_FREE_FORM
        case .email: GTK_INPUT_PURPOSE_EMAIL
        case .phone: GTK_INPUT_PURPOSE_PHONE
        }
        gtk_entry_set_input_purpose(samskap_entry(widget), gtk)
    }

    /// Runs `handler` with `owner` (held weakly) when Enter is pressed in the entry.
    public func onActivate<Owner: AnyObject>(_ owner: Owner, _ handler: @escaping @MainActor (Owner) -> Void) {
        connect("activate", owner: owner, handler)
    }

    /// Runs `handler` with `owner` (held weakly) on every change of the text.
    public func onChanged<Owner: AnyObject>(_ owner: Owner, _ handler: @escaping @MainActor (Owner) -> Void) {
        connect("changed", owner: owner, handler)
    }

    /// Replaces the hint shown while the entry is empty.
    public func setPlaceholder(_ text: String) { samskap_set_placeholder(widget, text) }
}
