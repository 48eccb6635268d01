import FoundationEssentials
import SamskapCore

/// A block pasted from a spreadsheet into the measurement grid: rows of tab-separated cells.
public enum MeasurementPaste {
    /// Whether text that arrived in one cell is a block of several cells (a tab or a line break in it).
    public static func isBlock(_ text: String) -> Bool {
        text.contains { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
    }

    /// The block's rows of cells: lines split at CRLF, LF or CR, cells at tabs, surrounding spaces and a
    /// spreadsheet's quotes removed. Blank lines are dropped, so the line break a spreadsheet adds at the end
    /// makes no empty row.
    public static func rows(_ text: String) -> [[String]] {
        text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
            .map { line in line.split(separator: "\t", omittingEmptySubsequences: false).map(clean) }
            .filter { cells in cells.contains { !$0.isEmpty } }
    }

    /// The rows without a heading line: the first row is dropped when it starts at the date column and neither
    /// its date nor its value reads as one ("Dato", "Verdi" copied with the figures).
    public static func withoutHeading(_ rows: [[String]], startColumn: MeasurementColumn) -> [[String]] {
        guard startColumn == .date, let first = rows.first, let date = first.first, Day(parsing: date) == nil else { return rows }
        let value = first.count > 1 ? first[1] : ""
        return value.isEmpty || SamskapCore.Measurement.parseNumber(value) == nil ? Array(rows.dropFirst()) : rows
    }

    /// Lays a block over the grid's rows, its top-left cell at `row`, `column`: existing rows get the pasted
    /// cells (the others stay), rows past the end are added. Returns every row, changed or not.
    public static func place(_ block: [[String]], at row: Int, column: MeasurementColumn, over rows: [MeasurementRowInput]) -> [MeasurementRowInput] {
        var result = rows
        for (offset, cells) in block.enumerated() {
            let target = row + offset
            while result.count <= target { result.append(MeasurementRowInput()) }
            for (i, text) in cells.enumerated() {
                guard let col = MeasurementColumn(rawValue: column.rawValue + i) else { break }
                result[target][col] = text
            }
        }
        return result
    }

    private static func clean(_ cell: Substring) -> String {
        var text = cell.trimmingSpaces()
        if text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") {
            text = String(text.dropFirst().dropLast()).replacing("\"\"", with: "\"")
        }
        return text
    }
}
