import CGtk

extension GtkView {
    /// Whether the widget has a CSS class.
    public func hasCSSClass(_ name: String) -> Bool { gtk_widget_has_css_class(widget, name) != 0 }

    /// Adds a CSS class while `on` is true, removes it while false.
    public func setCSSClass(_ name: String, _ on: Bool) { if on { addCSSClass(name) } else { removeCSSClass(name) } }

    /// Sets the text shown when the pointer rests on the widget.
    public func setTooltipText(_ text: String) { gtk_widget_set_tooltip_text(widget, text) }
}
