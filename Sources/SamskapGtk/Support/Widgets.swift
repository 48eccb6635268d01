import CGtk

/// A GTK widget pointer; the widget tree owns the widgets, controllers only borrow them.
public typealias Widget = UnsafeMutablePointer<GtkWidget>

/// Small builders for the widgets the window uses, with accessible names set where GTK cannot derive one.
@MainActor
public enum Widgets {
    /// A label; `wrap` lets long text (long names, any script) break onto new lines.
    public static func label(_ text: String, classes: [String] = [], wrap: Bool = false, xalign: Float = 0) -> Widget {
        let label = gtk_label_new(text)!
        gtk_label_set_xalign(samskap_label(label), xalign)
        if wrap {
            gtk_label_set_wrap(samskap_label(label), 1)
            gtk_label_set_wrap_mode(samskap_label(label), PANGO_WRAP_WORD_CHAR)
            // A wrapping label asks for its whole text on one line unless told otherwise;
            // this keeps forms at their readable width.
            gtk_label_set_max_width_chars(samskap_label(label), 50)
        }
        addClasses(label, classes)
        return label
    }

    /// A vertical or horizontal box.
    public static func box(_ orientation: GtkOrientation, spacing: Int32 = 0, classes: [String] = []) -> Widget {
        let box = gtk_box_new(orientation, spacing)!
        addClasses(box, classes)
        return box
    }

    /// Appends children to a box.
    public static func append(_ box: Widget, _ children: Widget...) {
        for child in children { gtk_box_append(samskap_box(box), child) }
    }

    /// A button with a text label; its accessible name is the label (GTK links them) unless given.
    public static func button(_ text: String, classes: [String] = [], accessibleName: String? = nil, action: @escaping @MainActor () -> Void) -> Widget {
        let button = gtk_button_new_with_mnemonic(text)!
        addClasses(button, classes)
        // GTK 4.8 names a labelled button twice (its label property and a labelled-by relation): one name.
        Accessibility.setOwnLabel(button, accessibleName ?? text.replacing("_", with: ""))
        Signals.connect(button, "clicked", action)
        return button
    }

    /// A button with an icon; the accessible name and tooltip say what it does.
    public static func iconButton(_ icon: String, name: String, classes: [String] = ["flat"], action: @escaping @MainActor () -> Void) -> Widget {
        let button = gtk_button_new_from_icon_name(icon)!
        addClasses(button, classes)
        gtk_widget_set_tooltip_text(button, name)
        Accessibility.setLabel(button, name)
        Signals.connect(button, "clicked", action)
        return button
    }

    /// A one-line entry named for assistive technologies.
    public static func entry(name: String, text: String = "", placeholder: String? = nil) -> Widget {
        let entry = gtk_entry_new()!
        gtk_editable_set_text(samskap_editable(entry), text)
        if let placeholder { gtk_entry_set_placeholder_text(samskap_entry(entry), placeholder) }
        Accessibility.setLabel(entry, name)
        return entry
    }

    /// A scrolled window around a child, scrolling vertically only.
    public static func scrolled(_ child: Widget) -> Widget {
        let scrolled = gtk_scrolled_window_new()!
        gtk_scrolled_window_set_policy(samskap_scrolled_window(scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC)
        gtk_scrolled_window_set_child(samskap_scrolled_window(scrolled), child)
        gtk_widget_set_vexpand(scrolled, 1)
        return scrolled
    }

    /// Shows one child of a stack and hides the others, so that assistive technologies (which GTK 4.8
    /// tells every stack page is visible) only see the page on screen.
    public static func showStackChild(_ stack: Widget, _ name: String) {
        guard let target = gtk_stack_get_child_by_name(samskap_stack(stack), name) else { return }
        gtk_widget_set_visible(target, 1)
        gtk_stack_set_visible_child(samskap_stack(stack), target)
        var child = gtk_widget_get_first_child(stack)
        while let current = child {
            if current != target { gtk_widget_set_visible(current, 0) }
            child = gtk_widget_get_next_sibling(current)
        }
    }

    /// Adds CSS classes.
    public static func addClasses(_ widget: Widget, _ classes: [String]) {
        for name in classes { gtk_widget_add_css_class(widget, name) }
    }

    /// Sets all four margins.
    public static func margins(_ widget: Widget, _ value: Int32) {
        gtk_widget_set_margin_top(widget, value)
        gtk_widget_set_margin_bottom(widget, value)
        gtk_widget_set_margin_start(widget, value)
        gtk_widget_set_margin_end(widget, value)
    }

    /// Removes every child of a box or list box.
    public static func removeChildren(_ container: Widget) {
        while let child = gtk_widget_get_first_child(container) {
            if samskap_is_list_box(container) != 0 {
                gtk_list_box_remove(samskap_list_box(container), child)
            } else {
                gtk_box_remove(samskap_box(container), child)
            }
        }
    }
}
