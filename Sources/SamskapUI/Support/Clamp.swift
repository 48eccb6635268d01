import CGtk

/// A container that gives its one child at most a given width, centred: GTK 4.8's answer to AdwClamp.
///
/// Why not `halign = CENTER` with a size request: inside a scrolled window GTK measures the child's height
/// for the viewport's whole width (wrapped labels on few lines), then finds the width that fits that
/// height, so a centred form grew to ~955 px in a wide window. The clamp measures and allocates the child
/// at the capped width itself, so its height always matches the width it really gets.
@MainActor
enum Clamp {
    private static let key = "samskap-clamp-width"

    /// Wraps `child` in a clamp at most `maximum` pixels wide (the child's margins included).
    static func wrap(_ child: Widget, maximum: Int32) -> Widget {
        let clamp = gtk_box_new(GTK_ORIENTATION_VERTICAL, 0)!
        g_object_set_data(samskap_object(clamp), key, UnsafeMutableRawPointer(bitPattern: Int(maximum)))
        let layout = gtk_custom_layout_new(
            { _ in GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH },
            { widget, orientation, forSize, minimum, natural, _, _ in
                guard let widget, let child = gtk_widget_get_first_child(widget) else { return }
                let cap = Int32(Int(bitPattern: g_object_get_data(samskap_object(widget), "samskap-clamp-width")))
                var childMinimum: Int32 = 0, childNatural: Int32 = 0
                if orientation == GTK_ORIENTATION_HORIZONTAL {
                    gtk_widget_measure(child, orientation, forSize, &childMinimum, &childNatural, nil, nil)
                    minimum?.pointee = childMinimum
                    natural?.pointee = max(childMinimum, min(childNatural, cap))
                } else {
                    // The height of the child at the width it will get, not at the clamp's width.
                    let width = forSize < 0 ? -1 : min(forSize, cap)
                    gtk_widget_measure(child, orientation, width, &childMinimum, &childNatural, nil, nil)
                    minimum?.pointee = childMinimum
                    natural?.pointee = childNatural
                }
            },
            { widget, width, height, _ in
                guard let widget, let child = gtk_widget_get_first_child(widget) else { return }
                let cap = Int32(Int(bitPattern: g_object_get_data(samskap_object(widget), "samskap-clamp-width")))
                var childMinimum: Int32 = 0
                gtk_widget_measure(child, GTK_ORIENTATION_HORIZONTAL, -1, &childMinimum, nil, nil, nil)
                let childWidth = max(childMinimum, min(width, cap))
                gtk_widget_size_allocate(child, [GtkAllocation(x: max(0, (width - childWidth) / 2), y: 0, width: childWidth, height: height)], -1)
            })
        gtk_widget_set_layout_manager(clamp, layout)
        gtk_box_append(samskap_box(clamp), child)
        gtk_widget_set_hexpand(clamp, 1)
        return clamp
    }
}
