import SamskapCore

/// The header row of a measurements CSV: which column sits at which index, and the names as written.
struct CSVHeader {
    /// Cell index of each column by `CSVColumn.ordinal`, -1 when absent: an array, since it is read 800,000 times
    /// in a large import and a dictionary lookup there costs more than the rest of the row.
    private var slot = [Int](repeating: -1, count: CSVColumn.allCases.count)
    /// The header text of each column present, as the file writes it, for messages.
    private var written: [CSVColumn: String] = [:]
    /// Number of cells in the header, named or left empty (trailing separators).
    private let width: Int
    /// Header cells left empty.
    private var unnamed: [Int] = []

    /// Reads the header row, or throws when it names an unknown or duplicate column or lacks a needed one.
    init(_ row: CSVReader.Row) throws(CSVImportError) {
        width = row.cells.count
        var english = false
        for (i, cell) in row.cells.enumerated() {
            let name = MeasurementCSV.trimmed(cell)
            guard !name.isEmpty else { unnamed.append(i); continue }
            guard let column = CSVColumn.matching(name) else {
                throw CSVImportError(line: row.line, column: nil, problem: .unknownColumn(name))
            }
            guard slot[column.ordinal] < 0 else {
                throw CSVImportError(line: row.line, column: nil, problem: .duplicateColumn(name))
            }
            slot[column.ordinal] = i
            written[column] = name
            if name.lowercased() == column.header(.en) && column.header(.en) != column.header(.nb) { english = true }
        }
        // Name what is missing in the language the file is written in.
        let language: Language = english ? .en : .nb
        var missing: [String] = []
        if !has(.indicator) && !has(.indicatorID) { missing.append(CSVColumn.indicator.header(language)) }
        if !has(.date) { missing.append(CSVColumn.date.header(language)) }
        if !has(.value) && !has(.note) { missing.append(CSVColumn.value.header(language)) }
        guard missing.isEmpty else { throw CSVImportError(line: row.line, column: nil, problem: .missingColumns(missing)) }
    }

    /// Number of named columns.
    var namedCount: Int { written.count }

    /// Whether the row has a filled cell under no named column: data the user expects to land somewhere.
    func hasStrayCells(_ row: CSVReader.Row) -> Bool {
        let filled = { (i: Int) in !MeasurementCSV.trimmed(row.cells[i]).isEmpty }
        return (width..<max(width, row.cells.count)).contains(where: filled)
            || unnamed.contains { $0 < row.cells.count && filled($0) }
    }

    /// Whether the file has the column.
    func has(_ column: CSVColumn) -> Bool { slot[column.ordinal] >= 0 }

    /// The column's header as written (or its export name when absent).
    func name(_ column: CSVColumn) -> String { written[column] ?? column.header(.nb) }

    /// The row's cell in the column: nil when the file has no such column, "" when the row stops short of it
    /// (spreadsheets drop trailing empty cells).
    func cell(_ row: CSVReader.Row, _ column: CSVColumn) -> String? {
        let i = slot[column.ordinal]
        guard i >= 0 else { return nil }
        return i < row.cells.count ? row.cells[i] : ""
    }
}
