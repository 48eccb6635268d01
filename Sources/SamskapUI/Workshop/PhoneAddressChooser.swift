import SamskapGtk
import SamskapPhones

/// Asks which of this machine's addresses the phones reach it on: one button per network, the one chosen last
/// first. The loopback is listed too (for trying it out on this machine; no phone reaches it).
@MainActor
enum PhoneAddressChooser {
    /// The chooser on show: its handlers hold it weakly, so it is kept here until it closes.
    private static var shown: Window?

    static func show(parent: Window, preferred: String?, _ chosen: @escaping @MainActor (String) -> Void) {
        let window = Window()
        shown = window
        window.connect("destroy", owner: window) { closed in
            if shown === closed { shown = nil }
        }
        window.title = tr("Let the phones answer")
        window.isModal = true
        window.setTransientFor(parent)
        window.setDefaultSize(width: 520, height: -1)
        let box = Box(.vertical, spacing: 8, classes: ["form"])
        box.setMargins(24)
        let interfaces = ordered(NetworkInterface.all(), preferred: preferred)
        let question = interfaces.isEmpty
            ? tr("This machine has no network address the phones could reach. Connect it to the room’s network and try again.")
            : tr("Which network are the phones on? Choose this machine’s address on it.")
        box.append(Label(question, wrap: true))
        for interface in interfaces {
            let text = interface.isLoopback
                ? trf("%1$s: %2$s (this machine only, for trying out)", interface.name, interface.address)
                : trf("%1$s: %2$s", interface.name, interface.address)
            let address = interface.address
            let button = Button(text)
            button.onClicked(window) { window in
                window.destroy()
                chosen(address)
            }
            box.append(button)
        }
        let cancel = Button(tr("Cancel"))
        cancel.onClicked(window) { $0.destroy() }
        box.append(cancel)
        window.onKeyPressed(window) { window, key in
            guard key.keyval == KeyPress.escape else { return false }
            window.destroy()
            return true
        }
        window.setChild(box)
        window.present()
    }

    /// The networks with the one chosen last first, then the room's (not loopback) before this machine's own.
    static func ordered(_ interfaces: [NetworkInterface], preferred: String?) -> [NetworkInterface] {
        interfaces.enumerated().sorted { a, b in
            let rank = { (i: NetworkInterface) in i.address == preferred ? 0 : i.isLoopback ? 2 : 1 }
            return (rank(a.element), a.offset) < (rank(b.element), b.offset)
        }.map(\.element)
    }
}
