import CGtk

extension GtkView {
    /// Runs `handler` with `owner` (held weakly) whenever a mouse button is pressed on the widget.
    public func onPressed<Owner: AnyObject>(_ owner: Owner, _ handler: @escaping @MainActor (Owner) -> Void) {
        let click = gtk_gesture_click_new()!
        Signals.connectPressed(click) { [weak owner] in
            guard let owner else { return }
            handler(owner)
        }
        gtk_widget_add_controller(widget, samskap_event_controller(click.raw))
    }
}
