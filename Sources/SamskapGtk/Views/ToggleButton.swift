import CGtk

/// A button that stays pressed until pressed again, or one of a group of which one is pressed (GtkToggleButton).
@MainActor
public final class ToggleButton: GtkView {
    /// A toggle button showing `text`; assistive technologies read `accessibleName` (the text unless given) as its name.
    public init(_ text: String, accessibleName: String? = nil, classes: [String] = []) {
        super.init(gtk_toggle_button_new_with_label(text)!)
        Accessibility.setOwnLabel(widget, accessibleName ?? text)
        for name in classes { addCSSClass(name) }
    }

    /// A toggle button with the symbolic icon `icon`; `name` is its accessible name and tooltip.
    public init(icon: String, name: String) {
        super.init(gtk_toggle_button_new()!)
        gtk_button_set_icon_name(samskap_button(widget), icon)
        gtk_widget_set_tooltip_text(widget, name)
        Accessibility.setLabel(widget, name)
    }

    /// A toggle button showing `child` (an icon beside a title); assistive technologies read `accessibleName`.
    public init(child: GtkView, accessibleName: String, classes: [String] = []) {
        super.init(gtk_toggle_button_new()!)
        gtk_button_set_child(samskap_button(widget), child.widget)
        Accessibility.setOwnLabel(widget, accessibleName)
        for name in classes { addCSSClass(name) }
    }

    /// Whether it is pressed; setting it emits "toggled" like a click does.
    public var isActive: Bool {
        get { gtk_toggle_button_get_active(samskap_toggle_button(widget)) != 0 }
        set { gtk_toggle_button_set_active(samskap_toggle_button(widget), newValue ? 1 : 0) }
    }

    /// Makes it one of `first`'s group: pressing one releases the others.
    public func join(_ first: ToggleButton) {
        gtk_toggle_button_set_group(samskap_toggle_button(widget), samskap_toggle_button(first.widget))
    }

    /// Runs `handler` with `owner` (held weakly) whenever it is pressed or released, by a click or by `isActive`.
    public func onToggled<Owner: AnyObject>(_ owner: Owner, _ handler: @escaping @MainActor (Owner) -> Void) {
        connect("toggled", owner: owner, handler)
    }

    /// Runs `handler` with `owner` (held weakly) on every click (not when `isActive` is set).
    public func onClicked<Owner: AnyObject>(_ owner: Owner, _ handler: @escaping @MainActor (Owner) -> Void) {
        connect("clicked", owner: owner, handler)
    }
}
