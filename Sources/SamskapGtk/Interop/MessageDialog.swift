import CGtk

/// Asks one question over a window with libadwaita's AdwMessageDialog: a heading, a sentence, optionally a widget
/// underneath (a list of what is at stake), and the answers as buttons.
///
/// Every confirmation of the app goes through `ask`, so that they all answer the keyboard alike: Escape, the close
/// button and closing the dialog give the `safe` answer; Enter gives the `preferred` one.
@MainActor
public enum MessageDialog {
    /// How an answer's button looks.
    public enum Appearance {
        /// A plain button.
        case plain
        /// The answer that keeps the user's work going (blue).
        case suggested
        /// The answer that loses or removes something (red).
        case destructive

        fileprivate var adw: AdwResponseAppearance {
            switch self {
            case .plain: ADW_RESPONSE_DEFAULT
            case .suggested: ADW_RESPONSE_SUGGESTED
            case .destructive: ADW_RESPONSE_DESTRUCTIVE
            }
        }
    }

    /// One answer: its id (given back to `answer`), its button's label with a mnemonic, and its look.
    public struct Response {
        public let id: String
        public let label: String
        public var appearance: Appearance = .plain

        public init(id: String, label: String, appearance: Appearance = .plain) {
            self.id = id
            self.label = label
            self.appearance = appearance
        }
    }

    /// Shows the question over `parent` and returns the dialog (a window that closes itself on any answer).
    /// `answer` runs exactly once, with the id of the chosen response, or `safe` when the dialog was closed.
    /// `title` names the dialog for assistive technologies and window lists; it is not shown.
    @discardableResult
    public static func ask(parent: Widget, title: String, heading: String, body: String, extra: GtkView? = nil,
                    responses: [Response], preferred: String, safe: String,
                    answer: @escaping @MainActor (String) -> Void) -> Widget {
        let dialog = adw_message_dialog_new(samskap_window(parent), heading, body)!
        let message = samskap_adw_message_dialog(dialog)
        gtk_window_set_title(samskap_window(dialog), title)
        gtk_window_set_modal(samskap_window(dialog), 1)
        for response in responses {
            adw_message_dialog_add_response(message, response.id, response.label)
            adw_message_dialog_set_response_appearance(message, response.id, response.appearance.adw)
        }
        adw_message_dialog_set_default_response(message, preferred)
        adw_message_dialog_set_close_response(message, safe)
        if let extra { adw_message_dialog_set_extra_child(message, extra.widget) }
        nameButtons(in: dialog, labels: Set(responses.map(\.label)))

        // AdwMessageDialog emits the answer and then closes itself; closing after an answer must not answer again.
        // The answer runs once the dialog is gone: an answer that destroys the parent (closing the window) would
        // otherwise take the dialog with it while libadwaita is still closing it.
        let answered = Flag()
        Signals.connectWithArgument(dialog, "response") { response in
            guard !answered.isSet else { return }
            answered.isSet = true
            let chosen = response.map { String(cString: $0.assumingMemoryBound(to: CChar.self)) } ?? safe
            Timers.after(milliseconds: 0) { answer(chosen) }
        }
        gtk_window_present(samskap_window(dialog))
        return dialog
    }

    /// GTK 4.8 names a button with a mnemonic label twice ("_Delete Delete": its label and a labelled-by relation);
    /// the dialog's buttons (a row and a column of them, libadwaita shows the one that fits) get their label once,
    /// without the underscore, as the app's own buttons do (see `Widgets.button`).
    private static func nameButtons(in widget: Widget, labels: Set<String>) {
        var child = gtk_widget_get_first_child(widget)
        while let current = child {
            if samskap_is_button(current) != 0, let label = CStrings.borrow(gtk_button_get_label(samskap_button(current))),
               labels.contains(label) {
                Accessibility.setOwnLabel(current, label.replacing("_", with: ""))
            }
            nameButtons(in: current, labels: labels)
            child = gtk_widget_get_next_sibling(current)
        }
    }

    /// Whether the question was answered; shared between the response handler's runs.
    private final class Flag {
        var isSet = false
    }
}
