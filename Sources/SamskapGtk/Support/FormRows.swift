import CGtk

/// Forms as libadwaita rows: a group of rows under a short heading (AdwPreferencesGroup), each entry beside its
/// caption (AdwActionRow), the validation message in a row of its own right under its field.
///
/// The entries stay GtkEntry, as the action row's suffix, rather than AdwEntryRow: on GTK 4.8 libadwaita 1.2's entry
/// row never tells assistive technologies that it has the keyboard focus (a screen reader does not follow the cursor
/// into it), has no placeholder for a date's format, and cuts its caption short.
@MainActor
public enum FormRows {
    /// A group of rows under a heading. libadwaita 1.2 cuts a group's title off with an ellipsis: keep it to a word
    /// or two (a longer hint goes in `description`, which wraps).
    public static func group(_ title: String, description: String? = nil) -> Widget {
        let group = adw_preferences_group_new()!
        adw_preferences_group_set_title(samskap_adw_preferences_group(group), markup(title))
        if let description { adw_preferences_group_set_description(samskap_adw_preferences_group(group), markup(description)) }
        gtk_widget_set_margin_top(group, 12)
        return group
    }

    /// Adds the entry beside its caption to the group, and under it the row for its message (hidden while there is
    /// none); returns the message label for `FieldMessage.show`. The entry keeps its own accessible name and is
    /// `width` characters wide where there is room (see `field`; a date's is short).
    /// `under` goes in a row between the entry and its message, shown while it is (a list of suggestions).
    public static func entry(_ caption: String, _ entry: Widget, in group: Widget, width: Int32 = 34, under: Widget? = nil) -> Widget {
        add(field(caption, entry, width: width), to: group)
        if let under { add(row(under, shownWith: under), to: group) }
        return message(in: group)
    }

    /// Adds a row for a message (hidden while there is none) to the group; returns its label for `FieldMessage.show`.
    public static func message(in group: Widget) -> Widget {
        let message = FieldMessage.make()
        gtk_widget_set_margin_start(message, 12)
        gtk_widget_set_margin_end(message, 12)
        add(row(message, shownWith: message), to: group)
        return message
    }

    /// The row of an entry that shows no message: the entry beside its caption, `width` characters wide where
    /// there is room (every row's the same, whatever its caption) and narrower in a narrow window.
    public static func field(_ caption: String, _ entry: Widget, width: Int32 = 34) -> Widget {
        gtk_editable_set_width_chars(samskap_editable(entry), min(width, 8))
        gtk_editable_set_max_width_chars(samskap_editable(entry), width)
        return control(caption, entry)
    }

    /// A row with a caption and, at its end, the control (a drop-down, a button); the row itself takes no focus, so
    /// that Tab goes straight to the control.
    public static func control(_ caption: String, _ control: Widget? = nil) -> Widget {
        let row = adw_action_row_new()!
        adw_preferences_row_set_use_markup(samskap_adw_preferences_row(row), 0)
        adw_preferences_row_set_title(samskap_adw_preferences_row(row), caption)
        gtk_widget_set_focusable(row, 0)
        if let control {
            gtk_widget_set_valign(control, GTK_ALIGN_CENTER)
            adw_action_row_add_suffix(samskap_adw_action_row(row), control)
        }
        return row
    }

    /// A row for one option: a new check button (a radio button once grouped) at its start, named `caption`, which
    /// is the row's title; a click anywhere on the row toggles it. Returns the row and the button.
    public static func option(_ caption: String) -> (row: Widget, check: Widget) {
        let check = gtk_check_button_new()!
        Accessibility.setLabel(check, caption)
        let row = control(caption)
        adw_action_row_add_prefix(samskap_adw_action_row(row), check)
        adw_action_row_set_activatable_widget(samskap_adw_action_row(row), check)
        return (row, check)
    }

    /// A row with its caption above a widget of several controls (a set of options), both across the row's width.
    public static func block(_ caption: String, _ child: Widget) -> Widget {
        let box = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 8)
        Widgets.margins(box, 12)
        Widgets.append(box, Widgets.label(caption), child)
        return plainRow(box)
    }

    /// A group whose heading carries `suffix` at its end (the button that explains the framework behind it).
    public static func group(_ title: String, description: String? = nil, suffix: Widget) -> Widget {
        let group = group(title, description: description)
        adw_preferences_group_set_header_suffix(samskap_adw_preferences_group(group), suffix)
        return group
    }

    /// Sets the text under a row's caption (a value shown, not edited here).
    public static func setSubtitle(_ row: Widget, _ text: String) {
        adw_action_row_set_subtitle(samskap_adw_action_row(row), text)
    }

    /// A row that holds `child` across its whole width, shown only while `shownWith` is (a message, a list of
    /// suggestions): the row's separator line goes with it.
    public static func row(_ child: Widget, shownWith shown: Widget) -> Widget {
        gtk_widget_set_margin_top(child, 6)
        gtk_widget_set_margin_bottom(child, 6)
        let row = plainRow(child)
        g_object_bind_property(shown, "visible", row, "visible", G_BINDING_SYNC_CREATE)
        return row
    }

    /// A row that holds `child` across its whole width, always shown (a text field with its buttons, a line of text).
    public static func wide(_ child: Widget) -> Widget {
        gtk_widget_set_margin_start(child, 12)
        gtk_widget_set_margin_end(child, 12)
        gtk_widget_set_margin_top(child, 6)
        gtk_widget_set_margin_bottom(child, 6)
        return plainRow(child)
    }

    /// A boxed list (the look of a group's rows) for rows that come and go as the user works, under a group's heading
    /// or a label: a preferences group in libadwaita 1.2 can only append rows, never put one before its last.
    public static func list() -> Widget {
        let list = gtk_list_box_new()!
        gtk_list_box_set_selection_mode(samskap_list_box(list), GTK_SELECTION_NONE)
        Widgets.addClasses(list, ["boxed-list"])
        return list
    }

    /// Puts a row at the end of a `list`.
    public static func append(_ row: Widget, to list: Widget) {
        gtk_list_box_append(samskap_list_box(list), row)
    }

    /// Puts a row in a `list` right before `kept` (the row that adds one, which stays last).
    public static func insert(_ row: Widget, into list: Widget, before kept: Widget) {
        gtk_list_box_insert(samskap_list_box(list), row, gtk_list_box_row_get_index(samskap_list_box_row(kept)))
    }

    /// Removes every row of a `list` but `kept`, which keeps its text and the keyboard focus.
    public static func removeRows(of list: Widget, except kept: Widget) {
        var next = gtk_widget_get_first_child(list)
        while let row = next {
            next = gtk_widget_get_next_sibling(row)
            if row != kept { gtk_list_box_remove(samskap_list_box(list), row) }
        }
    }

    /// A row that only holds its child: it neither takes the focus nor reacts to a click.
    private static func plainRow(_ child: Widget) -> Widget {
        let row = adw_preferences_row_new()!
        gtk_list_box_row_set_activatable(samskap_list_box_row(row), 0)
        gtk_widget_set_focusable(row, 0)
        gtk_list_box_row_set_child(samskap_list_box_row(row), child)
        return row
    }

    /// Adds a row to the group (any other widget goes under the group's rows).
    public static func add(_ child: Widget, to group: Widget) {
        adw_preferences_group_add(samskap_adw_preferences_group(group), child)
    }

    /// A title or description as the markup libadwaita reads it: a name with “&” stays text.
    private static func markup(_ text: String) -> String {
        CStrings.take(g_markup_escape_text(text, -1)) ?? text
    }
}
