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

    /// Runs `handler` with `owner` (held weakly) on every click.
    public func onClicked<Owner: AnyObject>(_ owner: Owner, _ handler: @escaping @MainActor (Owner) -> Void) {
        connect("clicked", owner: owner, handler)
    }
}
