/// Writes rows of cells as CSV: `;` between cells, CRLF between rows, quotes only where RFC 4180 needs them.
struct CSVWriter {
    private(set) var text = ""
    private let separator: UInt8
    private let separatorText: String

    /// Starts a text, with a byte order mark when `byteOrderMark` is set so that spreadsheets read it as UTF-8.
    init(separator: Unicode.Scalar = ";", byteOrderMark: Bool = true, reservingCapacity capacity: Int = 0) {
        self.separator = UInt8(ascii: separator)
        separatorText = String(separator)
        text.reserveCapacity(capacity)
        if byteOrderMark { text.append("\u{FEFF}") }
    }

    /// Appends one row.
    mutating func append(_ cells: [String]) {
        for (index, cell) in cells.enumerated() {
            if index > 0 { text.append(separatorText) }
            text.append(quoted(cell))
        }
        text.append("\r\n")
    }

    private func quoted(_ cell: String) -> String {
        var needsQuotes = false
        for byte in cell.utf8 where byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") || byte == separator {
            needsQuotes = true
            break
        }
        // Leading or trailing spaces would be trimmed by some spreadsheets unless quoted.
        if let first = cell.utf8.first, let last = cell.utf8.last, first == UInt8(ascii: " ") || last == UInt8(ascii: " ") {
            needsQuotes = true
        }
        guard needsQuotes else { return cell }
        return "\"" + cell.replacing("\"", with: "\"\"") + "\""
    }
}
