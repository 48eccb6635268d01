/// Writes rows of cells as CSV: `;` between cells, CRLF between rows, quotes only where RFC 4180 needs them.
struct CSVWriter {
    private(set) var text = ""
    private let separator: Character

    /// Starts a text, with a byte order mark when `byteOrderMark` is set so that spreadsheets read it as UTF-8.
    init(separator: Character = ";", byteOrderMark: Bool = true, reservingCapacity capacity: Int = 0) {
        self.separator = separator
        text.reserveCapacity(capacity)
        if byteOrderMark { text.append("\u{FEFF}") }
    }

    /// Appends one row.
    mutating func append(_ cells: [String]) {
        for (index, cell) in cells.enumerated() {
            if index > 0 { text.append(separator) }
            text.append(quoted(cell))
        }
        text.append("\r\n")
    }

    private func quoted(_ cell: String) -> String {
        let needsQuotes = cell.utf8.contains { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
            || cell.contains(separator)
            // Leading or trailing spaces would be trimmed by some spreadsheets unless quoted.
            || cell.first == " " || cell.last == " "
        guard needsQuotes else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
