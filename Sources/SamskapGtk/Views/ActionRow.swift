/// A row of a group with a caption and, at its end, a control (see `FormRows.control`).
@MainActor
public final class ActionRow: GtkView {
    /// A row captioned `caption`, with `control` at its end if given; the row itself takes no focus.
    public init(_ caption: String, control: GtkView? = nil) {
        super.init(FormRows.control(caption, control?.widget))
    }

    /// Sets the text under the caption (a value shown, not edited here).
    public func setSubtitle(_ text: String) { FormRows.setSubtitle(widget, text) }
}
