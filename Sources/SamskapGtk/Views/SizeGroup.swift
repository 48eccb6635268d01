import CGtk

/// Widgets kept as wide as the widest of them (GtkSizeGroup), so that what stands beside them lines up.
@MainActor
public final class SizeGroup {
    private let reference: GObjectRef
    private let group: UnsafeMutablePointer<GtkSizeGroup>

    /// An empty group that evens out widths.
    public init() {
        group = gtk_size_group_new(GTK_SIZE_GROUP_HORIZONTAL)!
        reference = GObjectRef(group, .adopt)!
    }

    /// Adds a widget to the group.
    public func add(_ view: GtkView) { gtk_size_group_add_widget(group, view.widget) }
}
