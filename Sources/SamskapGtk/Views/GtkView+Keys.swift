import CGtk

/// Keys by name, so that key handling outside SamskapGtk needs no GDK constants: `case KeyPress.escape:`, and for
/// a key that types a character `case KeyPress.keyval("r"):`.
extension KeyPress {
    public static let escape = guint(GDK_KEY_Escape)
    public static let enter = guint(GDK_KEY_Return)
    public static let keypadEnter = guint(GDK_KEY_KP_Enter)
    public static let space = guint(GDK_KEY_space)
    public static let backSpace = guint(GDK_KEY_BackSpace)
    public static let left = guint(GDK_KEY_Left)
    public static let right = guint(GDK_KEY_Right)
    public static let up = guint(GDK_KEY_Up)
    public static let down = guint(GDK_KEY_Down)
    public static let keypadLeft = guint(GDK_KEY_KP_Left)
    public static let keypadRight = guint(GDK_KEY_KP_Right)
    public static let keypadUp = guint(GDK_KEY_KP_Up)
    public static let keypadDown = guint(GDK_KEY_KP_Down)
    public static let pageUp = guint(GDK_KEY_Page_Up)
    public static let pageDown = guint(GDK_KEY_Page_Down)
    public static let f5 = guint(GDK_KEY_F5)
    public static let f11 = guint(GDK_KEY_F11)

    /// The key value of the key that types `character` ("r" and "R" are two).
    public static func keyval(_ character: Unicode.Scalar) -> guint { gdk_unicode_to_keyval(character.value) }

    /// The digit 0–9 of the main keys or the keypad; nil for any other key.
    public var digit: Int? {
        if keyval >= guint(GDK_KEY_0) && keyval <= guint(GDK_KEY_9) { return Int(keyval - guint(GDK_KEY_0)) }
        if keyval >= guint(GDK_KEY_KP_0) && keyval <= guint(GDK_KEY_KP_9) { return Int(keyval - guint(GDK_KEY_KP_0)) }
        return nil
    }

    /// The character the key types; nil for a key that types none (an arrow, Escape).
    public var character: Unicode.Scalar? {
        let code = gdk_keyval_to_unicode(keyval)
        return code == 0 ? nil : Unicode.Scalar(code)
    }
}
