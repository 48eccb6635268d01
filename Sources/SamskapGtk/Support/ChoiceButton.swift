import CGtk

/// A drop-down of texts: a button showing the chosen text and an arrow, which opens a list of every text.
///
/// Not a `GtkDropDown`: that builds its popover, list view, item factory and models when it is made, 3–4 million
/// instructions each, and the Overview shows six before its first frame. Until it is first opened this is a button,
/// two labels and an icon; the list is built then.
///
/// Pages reach it through `Form` with the widget as handle; the object lives as long as its button (object data).
/// Selection follows `GtkDropDown` over a `GtkStringList` exactly, since callers were written against it.
@MainActor
public final class ChoiceButton {
    /// `selected` when nothing is chosen (no items), the value GtkDropDown gave (`GTK_INVALID_LIST_POSITION`).
    public static let noSelection = Int(GTK_INVALID_LIST_POSITION)
    private static let key = "samskap-choice"

    /// The button, named and with the role of a combo box for assistive technologies.
    public let root: Widget
    private let name: String
    private let shown: Widget
    private let sizer: Widget
    /// The texts offered, in order.
    public private(set) var items: [String]
    /// The chosen index, or `noSelection`.
    public private(set) var selected: Int
    private var handlers: [@MainActor () -> Void] = []
    /// Built on the first opening.
    private var popover: Widget?
    private var list: Widget?
    /// The rows' check marks, in the order of `listed`.
    private var marks: [Widget] = []
    /// The texts the list's rows show (the items when it was last filled).
    private var listed: [String] = []

    /// A choice among `items` named `name`; the first is chosen when there is one.
    public static func make(name: String, items: [String]) -> Widget {
        ChoiceButton(name: name, items: items).root
    }

    /// The control whose button `widget` is (made by `make`).
    public static func of(_ widget: Widget) -> ChoiceButton {
        guard let data = g_object_get_data(samskap_object(widget), key) else {
            preconditionFailure("the widget was not made by ChoiceButton.make")
        }
        return Unmanaged<ChoiceButton>.fromOpaque(data).takeUnretainedValue()
    }

    private init(name: String, items: [String]) {
        self.name = name
        self.items = items
        selected = items.isEmpty ? Self.noSelection : 0
        root = samskap_choice_button_new()
        Accessibility.setLabel(root, name)
        samskap_accessible_set_has_popup(root)
        samskap_accessible_set_expanded(root, 0)
        Widgets.addClasses(root, ["choice"])

        shown = Widgets.label(items.first ?? "")
        gtk_label_set_ellipsize(samskap_label(shown), PANGO_ELLIPSIZE_END)
        // Every text on a line of its own, never on screen nor read out, measured only for its width (see `texts`).
        sizer = Widgets.label(items.joined(separator: "\n"))
        gtk_widget_set_child_visible(sizer, 0)
        samskap_accessible_set_hidden(sizer, 1)
        gtk_button_set_child(samskap_button(root), Self.beside(Self.texts(shown, sizer), icon: "pan-down-symbolic").box)
        gtk_widget_set_layout_manager(root, Self.followingLayout())
        // The stack expands so that the arrow sits at the end of a widened button; the button itself only when asked.
        gtk_widget_set_hexpand(root, 0)

        // The button owns its controller: released with the button, through the one release of boxed data.
        g_object_set_data_full(samskap_object(root), Self.key, Unmanaged.passRetained(self as AnyObject).toOpaque(), HandlerBoxes.releaseData)
        Signals.connect(root, "clicked") { [weak self] in self?.toggle() }
        let keys = gtk_event_controller_key_new()!
        Signals.connectKeyPressed(keys) { [weak self] keyval, state in
            guard let self else { return false }
            guard (keyval == guint(GDK_KEY_Down) || keyval == guint(GDK_KEY_KP_Down)), state.rawValue & GDK_ALT_MASK.rawValue != 0 else {
                return false
            }
            self.open()
            return true
        }
        gtk_widget_add_controller(root, samskap_event_controller(keys.raw))
        // A popover parented to a widget must leave before the widget is finalized.
        Signals.connect(root, "destroy") { [weak self] in
            guard let self else { return }
            if let popover = self.popover {
                // An open list has the window's keyboard on one of its rows: the window lets go of it first.
                if let window = gtk_widget_get_root(popover), let focus = gtk_root_get_focus(window),
                   focus == popover || gtk_widget_is_ancestor(focus, popover) != 0 {
                    gtk_root_set_focus(window, nil)
                }
                gtk_popover_popdown(samskap_popover(popover))
                gtk_widget_unparent(popover)
            }
            self.popover = nil
        }
    }

    /// Chooses an index (nothing when it is out of range); runs the handlers when that changes the choice.
    public func select(_ index: Int) {
        let target = items.indices.contains(index) ? index : Self.noSelection
        guard target != selected else { return }
        selected = target
        changed()
    }

    /// Runs `handler` after each change of the choice, by the user or by `select` and `setItems`
    /// (as GtkDropDown's notify::selected did: callers that set the choice themselves guard against it).
    public func onSelect(_ handler: @escaping @MainActor () -> Void) {
        handlers.append(handler)
    }

    /// Replaces the texts, keeping the choice where GtkDropDown kept it when its string list was replaced.
    public func setItems(_ newItems: [String]) {
        if let popover, gtk_widget_get_visible(popover) != 0 { gtk_popover_popdown(samskap_popover(popover)) }
        let oldCount = items.count
        items = newItems
        gtk_label_set_text(samskap_label(sizer), newItems.joined(separator: "\n"))
        // GtkSingleSelection with autoselect, told that every item went and new ones came: the first when nothing was
        // chosen, otherwise the same fraction of the way down the new list.
        let target: Int
        if newItems.isEmpty {
            target = Self.noSelection
        } else if selected == Self.noSelection {
            target = 0
        } else {
            target = selected * newItems.count / oldCount
        }
        if target != selected {
            selected = target
            changed()
        } else {
            showChoice()
        }
    }

    private func changed() {
        showChoice()
        for handler in handlers { handler() }
    }

    private func showChoice() {
        gtk_label_set_text(samskap_label(shown), items.indices.contains(selected) ? items[selected] : "")
        guard listed == items else { return }
        for (index, mark) in marks.enumerated() { gtk_widget_set_opacity(mark, index == selected ? 1 : 0) }
    }

    private func toggle() {
        if let popover, gtk_widget_get_visible(popover) != 0 {
            gtk_popover_popdown(samskap_popover(popover))
        } else {
            open()
        }
    }

    /// Shows the list with the current text selected and focused.
    private func open() {
        guard !items.isEmpty, gtk_widget_is_sensitive(root) != 0 else { return }
        if gtk_widget_has_focus(root) == 0 {
            // Opened from elsewhere (an assistive technology): with the focus the page scrolls to the button, and a
            // button scrolled out of the window waits for that. A list anchored outside it, and so outside every
            // monitor, is one GDK cannot place (it complains, and guesses).
            gtk_widget_grab_focus(root)
            if !liesInWindow(), gtk_widget_get_frame_clock(root) != nil {
                return popUp(frames: 30)
            }
        }
        popUp()
    }

    /// Pops up after the next layout once the button lies in the window, or after `frames` layouts at the most.
    /// Held weakly: the page (and the button) may go before the layout comes.
    private func popUp(frames: Int) {
        AfterLayout.run(root) { [weak self] in
            guard let self else { return }
            if frames == 0 || self.liesInWindow() { self.popUp() } else { self.popUp(frames: frames - 1) }
        }
    }

    private func liesInWindow() -> Bool {
        guard let native = gtk_widget_get_native(root) else { return false }
        let window = samskap_widget(UnsafeMutableRawPointer(native))
        var bounds = graphene_rect_t()
        guard gtk_widget_compute_bounds(root, window, &bounds) != 0 else { return false }
        return bounds.origin.x >= 0 && bounds.origin.y >= 0 && bounds.origin.x + bounds.size.width <= Float(gtk_widget_get_width(window))
            && bounds.origin.y + bounds.size.height <= Float(gtk_widget_get_height(window))
    }

    private func popUp() {
        guard !items.isEmpty, gtk_widget_is_sensitive(root) != 0 else { return }
        let popover = popover ?? makePopover()
        if listed != items { fillList() }
        showChoice()
        // As wide as the button's border box (its width leaves out padding and border), as GtkDropDown's list is.
        var bounds = graphene_rect_t()
        if gtk_widget_compute_bounds(root, root, &bounds) != 0 {
            gtk_widget_set_size_request(popover, Int32(bounds.size.width.rounded()), -1)
        }
        gtk_popover_popup(samskap_popover(popover))
        samskap_accessible_set_expanded(root, 1)
        guard let list, let row = chosenRow() else { return }
        gtk_list_box_select_row(samskap_list_box(list), samskap_list_box_row(row))
        gtk_widget_grab_focus(row)
        // The rows get their places in the popover's first layout; a long list scrolls to the choice after it.
        AfterLayout.run(popover) { [weak self] in self?.revealChoice() }
    }

    /// The row of the chosen text (the first when nothing is chosen).
    private func chosenRow() -> Widget? {
        guard let list, let row = gtk_list_box_get_row_at_index(samskap_list_box(list), Int32(selected == Self.noSelection ? 0 : selected)) else {
            return nil
        }
        return UnsafeMutablePointer<GtkWidget>(OpaquePointer(row))
    }

    /// Scrolls the list so that the chosen row is in the middle, when it is out of sight.
    private func revealChoice() {
        guard let list, let popover, let row = chosenRow(), let scrolled = gtk_popover_get_child(samskap_popover(popover)) else { return }
        var bounds = graphene_rect_t()
        guard gtk_widget_compute_bounds(row, list, &bounds) != 0 else { return }
        let adjustment = gtk_scrolled_window_get_vadjustment(samskap_scrolled_window(scrolled))
        let top = Double(bounds.origin.y), height = Double(bounds.size.height)
        let value = gtk_adjustment_get_value(adjustment), page = gtk_adjustment_get_page_size(adjustment)
        if top < value || top + height > value + page {
            gtk_adjustment_set_value(adjustment, top - (page - height) / 2)
        }
    }

    private func makePopover() -> Widget {
        let list = gtk_list_box_new()!
        gtk_list_box_set_selection_mode(samskap_list_box(list), GTK_SELECTION_BROWSE)
        Widgets.addClasses(list, ["choice-list"])
        Accessibility.setLabel(list, name)
        let scrolled = gtk_scrolled_window_new()!
        gtk_scrolled_window_set_policy(samskap_scrolled_window(scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC)
        // Both: a wrapping text asks only for its longest word as its least width, and the list would take no more.
        gtk_scrolled_window_set_propagate_natural_width(samskap_scrolled_window(scrolled), 1)
        gtk_scrolled_window_set_propagate_natural_height(samskap_scrolled_window(scrolled), 1)
        gtk_scrolled_window_set_max_content_height(samskap_scrolled_window(scrolled), 400)
        gtk_scrolled_window_set_child(samskap_scrolled_window(scrolled), list)
        let popover = gtk_popover_new()!
        gtk_popover_set_has_arrow(samskap_popover(popover), 0)
        gtk_widget_set_halign(popover, GTK_ALIGN_START)
        Widgets.addClasses(popover, ["menu", "choice-popover"])
        gtk_popover_set_child(samskap_popover(popover), scrolled)
        gtk_widget_set_parent(popover, root)
        Signals.connectWithArgument(list, "row-activated") { [weak self] row in
            guard let self else { return }
            guard let row else { return }
            self.choose(Int(gtk_list_box_row_get_index(samskap_list_box_row(row))))
        }
        Signals.connect(popover, "closed") { [weak self] in
            guard let self else { return }
            samskap_accessible_set_expanded(self.root, 0)
            if gtk_widget_get_mapped(self.root) != 0 { gtk_widget_grab_focus(self.root) }
        }
        self.popover = popover
        self.list = list
        return popover
    }

    private func fillList() {
        guard let list else { return }
        Widgets.removeChildren(list)
        marks = []
        for text in items {
            let label = Widgets.label(text, wrap: true)
            gtk_label_set_max_width_chars(samskap_label(label), 60)
            let (box, mark) = Self.beside(label, icon: "object-select-symbolic")
            gtk_list_box_append(samskap_list_box(list), box)
            marks.append(mark)
        }
        listed = items
    }

    /// The chosen text, as wide as the longest (the sizer's longest line) when there is room, so that the button keeps
    /// its width whichever it shows, as GtkDropDown's does, and rows of them line up; as narrow as an ellipsis when not.
    /// A GtkStack would do the same with an ellipsized sizer, whose lines Pango would then lay out twice.
    private static func texts(_ shown: Widget, _ sizer: Widget) -> Widget {
        let texts = Widgets.box(GTK_ORIENTATION_HORIZONTAL)
        let layout = gtk_custom_layout_new(
            { _ in GTK_SIZE_REQUEST_CONSTANT_SIZE },
            { widget, orientation, forSize, minimum, natural, minimumBaseline, naturalBaseline in
                guard let widget, let shown = gtk_widget_get_first_child(widget) else { return }
                gtk_widget_measure(shown, orientation, forSize, minimum, natural, minimumBaseline, naturalBaseline)
                guard orientation == GTK_ORIENTATION_HORIZONTAL, let sizer = gtk_widget_get_next_sibling(shown) else { return }
                var longest: Int32 = 0
                gtk_widget_measure(sizer, orientation, -1, nil, &longest, nil, nil)
                natural?.pointee = max(natural?.pointee ?? 0, longest)
            },
            { widget, width, height, baseline in
                guard let widget, let shown = gtk_widget_get_first_child(widget) else { return }
                gtk_widget_size_allocate(shown, [GtkAllocation(x: 0, y: 0, width: width, height: height)], baseline)
            })
        gtk_widget_set_layout_manager(texts, layout)
        Widgets.append(texts, shown, sizer)
        return texts
    }

    /// The button's own layout (GtkBinLayout's) that also moves an open list along when the button moves, as
    /// GtkDropDown does: when the page scrolls to a button opened from elsewhere, or the window changes size.
    private static func followingLayout() -> UnsafeMutablePointer<GtkLayoutManager> {
        gtk_custom_layout_new(
            { widget in gtk_widget_get_first_child(widget).map { gtk_widget_get_request_mode($0) } ?? GTK_SIZE_REQUEST_CONSTANT_SIZE },
            { widget, orientation, forSize, minimum, natural, minimumBaseline, naturalBaseline in
                guard let widget, let content = gtk_widget_get_first_child(widget) else { return }
                gtk_widget_measure(content, orientation, forSize, minimum, natural, minimumBaseline, naturalBaseline)
            },
            { widget, width, height, baseline in
                guard let widget, let content = gtk_widget_get_first_child(widget) else { return }
                gtk_widget_size_allocate(content, [GtkAllocation(x: 0, y: 0, width: width, height: height)], baseline)
                if let popover = gtk_widget_get_next_sibling(content), gtk_widget_get_visible(popover) != 0 {
                    gtk_popover_present(samskap_popover(popover))
                }
            })
    }

    /// A text taking the room, and at its end a symbol that screen readers pass over (the arrow, a check mark).
    private static func beside(_ text: Widget, icon: String) -> (box: Widget, icon: Widget) {
        gtk_widget_set_hexpand(text, 1)
        let image = gtk_image_new_from_icon_name(icon)!
        samskap_accessible_set_hidden(image, 1)
        let box = Widgets.box(GTK_ORIENTATION_HORIZONTAL, spacing: 6)
        Widgets.append(box, text, image)
        return (box, image)
    }

    private func choose(_ index: Int) {
        // A handler may take this control out of the window (a page rebuilding its rows): keep it until the list is closed.
        let keep = GObjectRef(root, .retain)
        select(index)
        if let popover { gtk_popover_popdown(samskap_popover(popover)) }
        withExtendedLifetime(keep) {}
    }
}
