/// The classes of Foundation's `CharacterSet` that Samskap uses, for Unicode scalars; FoundationEssentials has no
/// `CharacterSet`. Each is defined as Foundation defines it, by general category, and the tests compare them with
/// Foundation's sets over every scalar both know.
extension Unicode.Scalar {
    /// A member of `CharacterSet.whitespacesAndNewlines`: Unicode's White_Space property, plus U+200B ZERO WIDTH
    /// SPACE, which Foundation still counts as a space (it was one before Unicode 4.0.1).
    public var isWhitespaceOrNewline: Bool { properties.isWhitespace || value == 0x200B }

    /// A member of `CharacterSet.whitespaces`: the space separators (Zs), the tab, and U+200B as above.
    public var isHorizontalWhitespace: Bool {
        properties.generalCategory == .spaceSeparator || value == 0x09 || value == 0x200B
    }

    /// A member of `CharacterSet.alphanumerics`: a letter, a mark or a number (general categories L, M and N).
    public var isAlphanumeric: Bool {
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
            true
        default:
            false
        }
    }

    /// A member of `CharacterSet.controlCharacters`: a control or format character (Cc, Cf).
    public var isControlCharacter: Bool {
        properties.generalCategory == .control || properties.generalCategory == .format
    }
}
