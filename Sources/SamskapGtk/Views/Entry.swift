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

    /// Whether the user can change the text (false: it can still be read, selected and copied).
    public var isEditable: Bool {
        get { gtk_editable_get_editable(samskap_editable(widget)) != 0 }
        set { gtk_editable_set_editable(samskap_editable(widget), newValue ? 1 : 0) }
    }

    /// How many characters wide the entry asks to be.
    public var widthChars: Int32 {
        get { gtk_editable_get_width_chars(samskap_editable(widget)) }
        set { gtk_editable_set_width_chars(samskap_editable(widget), newValue) }
    }

    /// Puts the cursor before the character at `position`; -1 puts it after the last.
    public func setPosition(_ position: Int32) { gtk_editable_set_position(samskap_editable(widget), position) }

    /// Shows the text `pixels` high, whatever the theme's font size.
    public func setFontSize(pixels: Int32) {
        let attributes = pango_attr_list_new()
        pango_attr_list_insert(attributes, pango_attr_size_new_absolute(pixels * PANGO_SCALE))
        gtk_entry_set_attributes(samskap_entry(widget), attributes)
        pango_attr_list_unref(attributes)
    }

    /// Whether Enter in the entry presses the window's default button.
    public var activatesDefault: Bool {
        get { gtk_entry_get_activates_default(samskap_entry(widget)) != 0 }
        set { gtk_entry_set_activates_default(samskap_entry(widget), newValue ? 1 : 0) }
    }

    /// Tells input methods not to check the spelling (figures, codes).
    public func disableSpellCheck() { gtk_entry_set_input_hints(samskap_entry(widget), GTK_INPUT_HINT_NO_SPELLCHECK) }

    /// Runs `handler` with `owner` (held weakly) and the new text on every change of the text; the handler need not
    /// hold the entry (which would keep it alive).
    public func onChanged<Owner: AnyObject>(_ owner: Owner, _ handler: @escaping @MainActor (Owner, String) -> Void) {
        let entry = widget  // the emitter: alive while it emits, never kept here
        connect("changed", owner: owner) { owner in handler(owner, CStrings.text(ofEditable: entry)) }
    }
}
