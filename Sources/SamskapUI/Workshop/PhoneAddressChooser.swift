import CGtk
import SamskapGtk
import SamskapPhones

/// Asks which of this machine's addresses the phones reach it on: one button per network, the one chosen last
/// first. The loopback is listed too (for trying it out on this machine; no phone reaches it).
@MainActor
enum PhoneAddressChooser {
    static func show(parent: Widget, preferred: String?, _ chosen: @escaping @MainActor (String) -> Void) {
        let window = gtk_window_new()!
        gtk_window_set_title(samskap_window(window), tr("Let the phones answer"))
        gtk_window_set_modal(samskap_window(window), 1)
        gtk_window_set_transient_for(samskap_window(window), samskap_window(parent))
        gtk_window_set_default_size(samskap_window(window), 520, -1)
        let box = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 8, classes: ["form"])
        Widgets.margins(box, 24)
        let interfaces = ordered(NetworkInterface.all(), preferred: preferred)
        let question = interfaces.isEmpty
            ? tr("This machine has no network address the phones could reach. Connect it to the room’s network and try again.")
            : tr("Which network are the phones on? Choose this machine’s address on it.")
        Widgets.append(box, Widgets.label(question, wrap: true))
        for interface in interfaces {
            let text = interface.isLoopback
                ? trf("%1$s: %2$s (this machine only, for trying out)", interface.name, interface.address)
                : trf("%1$s: %2$s", interface.name, interface.address)
            let address = interface.address
            Widgets.append(box, Widgets.button(text) {
                gtk_window_destroy(samskap_window(window))
                chosen(address)
            })
        }
        Widgets.append(box, Widgets.button(tr("Cancel")) { gtk_window_destroy(samskap_window(window)) })
        let keys = gtk_event_controller_key_new()!
        Signals.connectKeyPressed(keys) { keyval, _ in
            guard Int32(bitPattern: keyval) == GDK_KEY_Escape else { return false }
            gtk_window_destroy(samskap_window(window))
            return true
        }
        gtk_widget_add_controller(window, samskap_event_controller(keys.raw))
        gtk_window_set_child(samskap_window(window), box)
        gtk_window_present(samskap_window(window))
    }

    /// The networks with the one chosen last first, then the room's (not loopback) before this machine's own.
    static func ordered(_ interfaces: [NetworkInterface], preferred: String?) -> [NetworkInterface] {
        interfaces.enumerated().sorted { a, b in
            let rank = { (i: NetworkInterface) in i.address == preferred ? 0 : i.isLoopback ? 2 : 1 }
            return (rank(a.element), a.offset) < (rank(b.element), b.offset)
        }.map(\.element)
    }
}
