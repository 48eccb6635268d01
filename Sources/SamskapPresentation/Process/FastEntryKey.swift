/// A key of the fast answer entry, read from a GDK key value.
///
/// Kept apart from GTK (the key values are the X11 keysyms GDK uses) so the state machine can be tested
/// without a display.
public enum FastEntryKey: Equatable {
    /// A digit 0–9, from the main row or the keypad.
    case digit(Int)
    /// "?": the respondent does not know.
    case dontKnow
    /// Enter or →: on to the next statement.
    case next
    /// ←: back to the previous statement.
    case previous
    /// Backspace or Delete: clear the answer to this statement.
    case clear
    /// Any other key: not ours.
    case other

    /// The key for a GDK key value; modifiers other than Shift make every key `other`, so shortcuts keep working.
    public init(keyval: UInt32, hasCommandModifier: Bool = false) {
        guard !hasCommandModifier else { self = .other; return }
        switch keyval {
        case 0x30...0x39: self = .digit(Int(keyval - 0x30))
        case 0xffb0...0xffb9: self = .digit(Int(keyval - 0xffb0)) // keypad 0–9
        case 0x3f: self = .dontKnow // question
        case 0xff0d, 0xff8d, 0xff53, 0xff98: self = .next // Return, KP_Enter, Right, KP_Right
        case 0xff51, 0xff96: self = .previous // Left, KP_Left
        case 0xff08, 0xffff: self = .clear // BackSpace, Delete
        default: self = .other
        }
    }
}
