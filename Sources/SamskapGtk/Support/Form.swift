import CGtk

/// Builders for forms: rounded groups under short headings, captioned fields with their message underneath.
@MainActor
public enum Form {
    /// The widest a form grows, in pixels (ui-guide: about 720).
    public static let width: Int32 = 720

    /// A scrolled page with its content centred at a readable width.
    public static func page(_ content: Widget, width: Int32 = Form.width) -> Widget {
        let scrolled = Widgets.scrolled(clamped(content, width: width))
        gtk_widget_set_hexpand(scrolled, 1)
        return scrolled
    }

    /// The content with page margins, centred and at most `width` wide (see `Clamp` for why not `halign`). It asks for
    /// no width of its own: a narrow window (half a 1920 screen) gets the form at the width there is.
    public static func clamped(_ content: Widget, width: Int32 = Form.width) -> Widget {
        Widgets.margins(content, 24)
        gtk_widget_set_margin_bottom(content, 72) // room for the toast
        return Clamp.wrap(content, maximum: width + 48)
    }

    /// A group: a heading and a rounded box in libadwaita's card style; returns the outer widget and the box to fill.
    /// Not an AdwPreferencesGroup: its 1.2 title is markup cut off with an ellipsis, and a long name must wrap.
    public static func group(_ title: String) -> (root: Widget, content: Widget) {
        let root = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 6)
        gtk_widget_set_margin_top(root, 12)
        let heading = Widgets.label(title, classes: ["heading"], wrap: true)
        let content = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 10, classes: ["card", "form-group"])
        Widgets.append(root, heading, content)
        return (root, content)
    }

    /// A captioned field: caption, the control, its (hidden) message; returns the row and the message label.
    public static func field(_ caption: String, _ control: Widget, hint: String? = nil) -> (root: Widget, message: Widget) {
        let root = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 4)
        let message = FieldMessage.make()
        Widgets.append(root, FieldMessage.caption(caption, for: control), control)
        if let hint { Widgets.append(root, Widgets.label(hint, classes: ["dim-label", "caption"], wrap: true)) }
        Widgets.append(root, message)
        return (root, message)
    }

    /// A multi-line text field named for assistive technologies; returns the frame and the text view.
    public static func textView(name: String, minHeight: Int32 = 90) -> (root: Widget, view: Widget) {
        let view = gtk_text_view_new()!
        // GTK 4.8 places the input method's cursor as soon as a text view is realized, before the view has a width:
        // a wrapping view then lays its whole text out a letter per line (13 M instructions for one paragraph, a
        // quarter of the window's first frame). It wraps from just after, once mapped, before its first layout.
        gtk_text_view_set_wrap_mode(samskap_text_view(view), GTK_WRAP_NONE)
        Signals.connect(view, "map") {
            gtk_text_view_set_wrap_mode(samskap_text_view(view), GTK_WRAP_WORD_CHAR)
            // It lays the wrapped lines out in an idle of its own, during the window's layout, where its request for
            // more height is lost: a goal of two lines stayed cut to one. It asks again once that work is done.
            g_object_ref(view)
            Timers.whenIdle {
                gtk_widget_queue_resize(view)
                g_object_unref(view)
            }
        }
        gtk_text_view_set_accepts_tab(samskap_text_view(view), 0)
        Widgets.margins(view, 8)
        Accessibility.setLabel(view, name)
        // Not in a scroller of its own: the field grows with its text and the page scrolls. A scroller inside the
        // scrolled page took the mouse wheel whenever the pointer crossed the field, and the page stopped moving.
        gtk_widget_set_size_request(view, -1, max(0, minHeight - 16)) // the text's height; the margins come on top
        let frame = Widgets.box(GTK_ORIENTATION_VERTICAL, classes: ["text-field"])
        Widgets.append(frame, view)
        TextFieldCursor.follow(view)
        return (frame, view)
    }

    /// Replaces a text view's text when it differs.
    public static func setText(ofTextView view: Widget, _ text: String) {
        guard CStrings.text(ofTextView: view) != text else { return }
        gtk_text_buffer_set_text(gtk_text_view_get_buffer(samskap_text_view(view)), text, -1)
    }

    /// Replaces an entry's text when it differs (so the cursor stays while typing).
    public static func setText(ofEntry entry: Widget, _ text: String) {
        guard CStrings.text(ofEditable: entry) != text else { return }
        gtk_editable_set_text(samskap_editable(entry), text)
    }

    /// Runs the handler when a text view's text changes, once per user action (see `UserActionChanges`).
    public static func onChange(ofTextView view: Widget, _ handler: @escaping @MainActor () -> Void) {
        let buffer = UnsafeMutableRawPointer(gtk_text_view_get_buffer(samskap_text_view(view))!)
        let changes = UserActionChanges(handler)
        Signals.connect(buffer, "begin-user-action") { changes.begin() }
        Signals.connect(buffer, "end-user-action") { changes.end() }
        Signals.connect(buffer, "changed") { changes.changed() }
    }

    /// A drop-down of texts named for assistive technologies (a `ChoiceButton`).
    public static func dropDown(name: String, items: [String]) -> Widget {
        ChoiceButton.make(name: name, items: items)
    }

    /// The selected index of a drop-down (`ChoiceButton.noSelection` when it has no items).
    public static func selected(_ dropDown: Widget) -> Int {
        ChoiceButton.of(dropDown).selected
    }

    /// Selects an index of a drop-down when it differs.
    public static func select(_ dropDown: Widget, _ index: Int) {
        ChoiceButton.of(dropDown).select(index)
    }

    /// Runs the handler when a drop-down's selection changes, also when `select` or new items change it.
    public static func onSelect(_ dropDown: Widget, _ handler: @escaping @MainActor () -> Void) {
        ChoiceButton.of(dropDown).onSelect(handler)
    }

    /// An empty state (an AdwStatusPage): a symbol, one sentence, one button.
    public static func emptyState(icon: String, text: String, button: Widget?) -> Widget {
        let page = adw_status_page_new()!
        adw_status_page_set_icon_name(OpaquePointer(page), icon)
        // The description is Pango markup: a name with “&” stays text.
        adw_status_page_set_description(OpaquePointer(page), CStrings.take(g_markup_escape_text(text, -1)) ?? text)
        if let button {
            gtk_widget_set_halign(button, GTK_ALIGN_CENTER)
            adw_status_page_set_child(OpaquePointer(page), button)
        }
        Widgets.addClasses(page, ["compact"])
        gtk_widget_set_vexpand(page, 1)
        return page
    }
}
