import CGtk

/// A child at most a given width, centred: libadwaita's AdwClamp. Kept as a name pages call.
@MainActor
public enum Clamp {
    /// Wraps `child` in a clamp at most `maximum` pixels wide (the child's margins included).
    public static func wrap(_ child: Widget, maximum: Int32) -> Widget {
        let clamp = adw_clamp_new()!
        adw_clamp_set_maximum_size(OpaquePointer(clamp), maximum)
        // The child gets the whole width up to the maximum, not a width eased below it.
        adw_clamp_set_tightening_threshold(OpaquePointer(clamp), maximum)
        adw_clamp_set_child(OpaquePointer(clamp), child)
        gtk_widget_set_hexpand(clamp, 1)
        return clamp
    }

    /// Wraps `child` in a clamp at most `maximum` pixels wide (see `wrap(_:maximum:)`).
    public static func wrap(_ child: GtkView, maximum: Int32) -> GtkView { GtkView(wrap(child.widget, maximum: maximum)) }
}
