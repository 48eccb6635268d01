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
