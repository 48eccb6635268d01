import CGtk

/// A multi-line text field that grows with its text (see `Form.textView`), in its frame.
@MainActor
public final class TextView: GtkView {
    /// The field's frame: what goes into the page.
    public let frame: GtkView

    /// A text field named `name`, at least `minHeight` pixels high.
    public init(name: String, minHeight: Int32 = 90) {
        let (root, view) = Form.textView(name: name, minHeight: minHeight)
        frame = GtkView(root)
        super.init(view)
    }

    /// The whole text; setting the text it already holds changes nothing (the cursor stays where it is).
    public var text: String {
        get { CStrings.text(ofTextView: widget) }
        set { Form.setText(ofTextView: widget, newValue) }
    }

    /// Runs `handler` with `owner` (held weakly) when the text changes, once per user action (see `Form.onChange`).
    public func onChange<Owner: AnyObject>(_ owner: Owner, _ handler: @escaping @MainActor (Owner) -> Void) {
        Form.onChange(ofTextView: widget) { [weak owner] in
            guard let owner else { return }
            handler(owner)
        }
    }

    /// A text field named `name` that wraps its lines from the start, for a scroller of its own (its `frame` is the
    /// view itself): unlike a form's, it does not grow with its text.
    public init(scrolledName name: String) {
        let view = gtk_text_view_new()!
        gtk_text_view_set_wrap_mode(samskap_text_view(view), GTK_WRAP_WORD_CHAR)
        gtk_text_view_set_accepts_tab(samskap_text_view(view), 0)
        Widgets.margins(view, 8)
        Accessibility.setLabel(view, name)
        frame = GtkView(view)
        super.init(view)
    }

    /// Runs `handler` with `owner` (held weakly) and the new text when the text changes, once per user action; the
    /// handler need not hold the view (which would keep it alive).
    public func onChange<Owner: AnyObject>(_ owner: Owner, _ handler: @escaping @MainActor (Owner, String) -> Void) {
        let view = widget  // the emitter: alive while it emits, never kept here
        Form.onChange(ofTextView: view) { [weak owner] in
            guard let owner else { return }
            handler(owner, CStrings.text(ofTextView: view))
        }
    }
}
