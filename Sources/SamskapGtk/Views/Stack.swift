import CGtk

/// Named children of which one is shown at a time (GtkStack).
@MainActor
public final class Stack: GtkView {
    /// An empty stack.
    public init() { super.init(gtk_stack_new()!) }

    /// Adds a child under `name`.
    public func add(_ child: GtkView, named name: String) {
        gtk_stack_add_named(samskap_stack(widget), child.widget, name)
    }

    /// Shows the child named `name`, hiding the others from assistive technologies as well (see `Widgets.showStackChild`).
    public func show(_ name: String) { Widgets.showStackChild(widget, name) }

    /// Wraps a stack made elsewhere (the project window's pages).
    public override init(_ widget: Widget) { super.init(widget) }

    /// Removes a child added before.
    public func remove(_ child: GtkView) { gtk_stack_remove(samskap_stack(widget), child.widget) }
}
