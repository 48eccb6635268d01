import FoundationEssentials

/// Splits CSV text into rows of cells, as RFC 4180 describes, working on UTF-8 bytes for speed.
///
/// Separator `;` or `,` (found in the header line), line ends `\r\n`, `\n` or `\r`, fields quoted with `"`
/// where they hold the separator, quotes or line breaks (`""` is one quote inside a quoted field).
struct CSVReader {
    /// One row: its number and its cells.
    struct Row {
        /// The row's number, 1 for the header. Counted as a spreadsheet counts rows, so that a line break
        /// inside a quoted cell does not shift the numbers people look up in their sheet; blank rows count.
        var line: Int
        /// The cells, as text.
        var cells: [String]
    }

    /// A problem with the text itself, before cells mean anything.
    struct SyntaxError: Error, Equatable {
        enum Kind: Equatable { case unclosedQuote, textAfterQuote }
        /// The row.
        var line: Int
        /// Index of the cell in its row, from 0.
        var cellIndex: Int
        var kind: Kind
    }

    private static let quote = UInt8(ascii: "\"")
    private static let lf = UInt8(ascii: "\n")
    private static let cr = UInt8(ascii: "\r")

    /// The separator the header line uses: `;` unless the line holds more commas than semicolons.
    static func separator(in bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
        var semicolons = 0, commas = 0, inQuotes = false
        for byte in bytes {
            if byte == quote { inQuotes.toggle() }
            if inQuotes { continue }
            if byte == lf || byte == cr { break }
            if byte == UInt8(ascii: ";") { semicolons += 1 } else if byte == UInt8(ascii: ",") { commas += 1 }
        }
        return commas > semicolons ? UInt8(ascii: ",") : UInt8(ascii: ";")
    }

    /// The separator named by a first line `sep=;` (as Excel writes it), and where the next line starts.
    static func declaredSeparator(in bytes: UnsafeBufferPointer<UInt8>) -> (separator: UInt8, headerStart: Int)? {
        guard bytes.count >= 5, bytes[0] | 0x20 == UInt8(ascii: "s"), bytes[1] | 0x20 == UInt8(ascii: "e"),
              bytes[2] | 0x20 == UInt8(ascii: "p"), bytes[3] == UInt8(ascii: "="),
              bytes[4] != lf, bytes[4] != cr, bytes[4] != quote, bytes[4] < 0x80 else { return nil }
        var next = 5
        // Nothing may follow the separator on that line.
        guard next == bytes.count || bytes[next] == lf || bytes[next] == cr else { return nil }
        if next < bytes.count && bytes[next] == cr { next += 1 }
        if next < bytes.count && bytes[next] == lf { next += 1 }
        return (bytes[4], next)
    }

    /// The rows of the text (without a byte order mark), in order.
    static func rows(_ bytes: UnsafeBufferPointer<UInt8>, separator: UInt8) throws(SyntaxError) -> [Row] {
        var rows: [Row] = []
        var cells: [String] = []
        var scratch: [UInt8] = []
        var line = 1
        var i = 0
        let n = bytes.count
        guard n > 0 else { return [] }
        while true {
            if i < n && bytes[i] == quote {
                i += 1
                scratch.removeAll(keepingCapacity: true)
                while true {
                    guard i < n else { throw SyntaxError(line: line, cellIndex: cells.count, kind: .unclosedQuote) }
                    let byte = bytes[i]
                    if byte == quote {
                        if i + 1 < n && bytes[i + 1] == quote {
                            scratch.append(quote)
                            i += 2
                            continue
                        }
                        i += 1
                        break
                    }
                    scratch.append(byte)
                    i += 1
                }
                cells.append(String(decoding: scratch, as: UTF8.self))
                if i < n && bytes[i] != separator && bytes[i] != lf && bytes[i] != cr {
                    throw SyntaxError(line: line, cellIndex: cells.count - 1, kind: .textAfterQuote)
                }
            } else {
                let start = i
                while i < n && bytes[i] != separator && bytes[i] != lf && bytes[i] != cr { i += 1 }
                cells.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
            }
            if i == n {
                rows.append(Row(line: line, cells: cells))
                return rows
            }
            if bytes[i] == separator {
                i += 1
                continue
            }
            // A line break ends the row; `\r\n` counts once.
            i += bytes[i] == cr && i + 1 < n && bytes[i + 1] == lf ? 2 : 1
            rows.append(Row(line: line, cells: cells))
            cells = []
            line += 1
            if i == n { return rows }
        }
    }
}
