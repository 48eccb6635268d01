/// Trimming with exactly the characters Foundation's `CharacterSet.whitespaces` and `.whitespacesAndNewlines` hold.
///
/// FoundationEssentials has no `CharacterSet`, and the app links only FoundationEssentials to keep ICU's data out
/// of the binary. Like Foundation, this trims Unicode scalars, not characters: a space that carries a combining
/// mark loses the space and keeps the mark.
extension StringProtocol {
    /// The text without whitespace and line breaks at either end (Foundation's `.whitespacesAndNewlines`).
    public func trimmed() -> String { trimming(where: \.isWhitespaceOrNewline) }

    /// The text without spaces and tabs at either end; line breaks stay (Foundation's `.whitespaces`).
    public func trimmingSpaces() -> String { trimming(where: \.isHorizontalWhitespace) }

    /// Whether the text is empty once whitespace and line breaks are taken away.
    public var isBlank: Bool { unicodeScalars.allSatisfy(\.isWhitespaceOrNewline) }

    private func trimming(where unwanted: (Unicode.Scalar) -> Bool) -> String {
        let scalars = String(self).unicodeScalars
        guard let first = scalars.firstIndex(where: { !unwanted($0) }),
              let last = scalars.lastIndex(where: { !unwanted($0) }) else { return "" }
        return String(scalars[first...last])
    }
}
