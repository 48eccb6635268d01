import FoundationEssentials
import SamskapCore

extension MeasurementCSV {
    /// The edits that import CSV text into the document, or the first problem found, naming line and column.
    ///
    /// Every row is checked before the plan is returned, and nothing is saved until it is, so a file with one bad row
    /// imports nothing. A row whose
    /// `måling-id` exists updates that measurement (export → edit → import changes, not duplicates); a row that
    /// equals an existing measurement is left alone. Columns missing from the file keep their current content.
    /// Matching: by `indikator-id` when filled in, else by the indicator's exact name.
    public static func changes(importing text: String, into document: ProjectDocument) throws(CSVImportError) -> CSVImportPlan {
        var text = text
        let result = text.withUTF8 { bytes in
            Result { () throws(CSVImportError) -> CSVImportPlan in try plan(bytes, into: document) }
        }
        return try result.get()
    }

    /// Plans the import of UTF-8 bytes, with or without a byte order mark.
    static func plan(_ raw: UnsafeBufferPointer<UInt8>, into document: ProjectDocument) throws(CSVImportError) -> CSVImportPlan {
        let bytes = raw.starts(with: [0xEF, 0xBB, 0xBF]) ? UnsafeBufferPointer(rebasing: raw[3...]) : raw
        // Excel writes and reads a first line `sep=;` naming the separator; it counts as a line but is no header.
        let declared = CSVReader.declaredSeparator(in: bytes)
        let headerStart = declared?.headerStart ?? 0
        let separator = declared?.separator ?? CSVReader.separator(in: UnsafeBufferPointer(rebasing: bytes[headerStart...]))
        var rows: [CSVReader.Row]
        do {
            rows = try CSVReader.rows(bytes, separator: separator)
        } catch {
            // The header names the column; read it alone, since the broken row may be the header itself.
            let headerEnd = bytes[headerStart...].firstIndex { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") } ?? bytes.endIndex
            let headerLine = declared == nil ? 1 : 2
            let header = error.line > headerLine
                ? (try? CSVReader.rows(UnsafeBufferPointer(rebasing: bytes[headerStart..<headerEnd]), separator: separator))?.first : nil
            let name = header.flatMap { $0.cells.indices.contains(error.cellIndex) ? trimmed($0.cells[error.cellIndex]) : nil }
            throw CSVImportError(line: error.line, column: name.flatMap { $0.isEmpty ? nil : $0 } ?? "\(error.cellIndex + 1)",
                                 problem: error.kind == .unclosedQuote ? .unclosedQuote : .textAfterQuote)
        }
        if declared != nil { rows.removeFirst() }
        guard let headerIndex = rows.firstIndex(where: { !isBlank($0) }) else {
            throw CSVImportError(line: nil, column: nil, problem: .empty)
        }
        let header = try CSVHeader(rows[headerIndex])
        var planner = Planner(document: document, header: header)
        for row in rows[(headerIndex + 1)...] where !isBlank(row) {
            try planner.take(row)
        }
        return CSVImportPlan(changes: planner.changes, added: planner.added, updated: planner.updated, unchanged: planner.unchanged)
    }

    private static func isBlank(_ row: CSVReader.Row) -> Bool {
        row.cells.allSatisfy { $0.utf8.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") } }
    }

    /// The text without surrounding spaces and tabs; cheap when there are none, as in almost every cell.
    static func trimmed(_ text: String) -> String {
        guard let first = text.utf8.first, let last = text.utf8.last else { return text }
        let space = { (b: UInt8) in b == UInt8(ascii: " ") || b == UInt8(ascii: "\t") }
        guard space(first) || space(last) else { return text }
        return text.trimmingSpaces()
    }
}

/// Turns checked rows into upserts, one row at a time, with the lookups built once.
private struct Planner {
    let document: ProjectDocument
    let header: CSVHeader
    private let indicatorsByID: [UUID: Indicator]
    private let indicatorsByName: [String: [Indicator]]
    private let existingByID: [UUID: SamskapCore.Measurement]
    /// Measurements by content, so that rows without an id that repeat one are not added twice.
    private let existingContent: Set<Content>
    private var lineOfID: [UUID: Int] = [:]
    /// The last indicator found and the cells that found it: rows come grouped by indicator, so most rows reuse it.
    private var lastIndicator: (idCell: String, nameCell: String, indicator: Indicator)?
    private(set) var changes: [Change] = []
    private(set) var added = 0, updated = 0, unchanged = 0

    private static let placeholderID = UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))

    private struct Content: Hashable {
        var indicatorID: UUID, date: Day, value: Double?, note: String, source: String, comment: String
        init(_ m: SamskapCore.Measurement) {
            (indicatorID, date, value, note, source, comment) = (m.indicatorID, m.date, m.value, m.note, m.source, m.comment)
        }
    }

    init(document: ProjectDocument, header: CSVHeader) {
        self.document = document
        self.header = header
        indicatorsByID = Dictionary(document.indicators.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        indicatorsByName = Dictionary(grouping: document.indicators) { MeasurementCSV.trimmed($0.name) }
        existingByID = Dictionary(document.measurements.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        existingContent = Set(document.measurements.map(Content.init))
    }

    mutating func take(_ row: CSVReader.Row) throws(CSVImportError) {
        // A filled cell under no column is data the user expects to land somewhere: refuse rather than drop it.
        if header.hasStrayCells(row) {
            let found = (row.cells.lastIndex { !MeasurementCSV.trimmed($0).isEmpty } ?? 0) + 1
            throw CSVImportError(line: row.line, column: nil, problem: .tooManyCells(found: found, expected: header.namedCount))
        }
        let idCell = header.cell(row, .indicatorID) ?? "", nameCell = header.cell(row, .indicator) ?? ""
        let indicator: Indicator
        if let last = lastIndicator, last.idCell == idCell, last.nameCell == nameCell {
            indicator = last.indicator
        } else {
            indicator = try resolveIndicator(row)
            lastIndicator = (idCell, nameCell, indicator)
        }
        let date = try resolveDate(row)
        let cellValue = try resolveValue(row)
        let measurementID = try resolveID(row, .measurementID)
        if let measurementID {
            if let first = lineOfID[measurementID] {
                throw error(row, .measurementID, .duplicateMeasurementID(firstLine: first))
            }
            lineOfID[measurementID] = row.line
        }
        let existing = measurementID.flatMap { existingByID[$0] }
        let note = header.cell(row, .note).map(CSVFormula.restored) ?? existing?.note ?? ""
        let value = header.has(.value) ? cellValue : existing?.value
        switch indicator.kind {
        case .quantitative where value == nil:
            throw error(row, header.has(.value) ? .value : nil, .missingValue(indicator: indicator.name))
        // Blank as the window judges it (line breaks and no-break spaces too), so an imported note is never "missing" there.
        case .qualitative where note.isBlank:
            throw error(row, header.has(.note) ? .note : nil, .missingNote(indicator: indicator.name))
        default: break
        }
        // A placeholder id until the row proves new, so that unchanged rows cost no random numbers.
        var measurement = SamskapCore.Measurement(id: measurementID ?? Self.placeholderID, indicatorID: indicator.id, date: date,
                                      value: value, note: note,
                                      source: header.cell(row, .source).map(CSVFormula.restored) ?? existing?.source ?? "",
                                      comment: header.cell(row, .comment).map(CSVFormula.restored) ?? existing?.comment ?? "")
        if let existing {
            if existing == measurement { unchanged += 1 } else { updated += 1; changes.append(.upsertMeasurement(measurement)) }
        } else if measurementID == nil && existingContent.contains(Content(measurement)) {
            unchanged += 1
        } else {
            if measurementID == nil { measurement.id = UUID() }
            added += 1
            changes.append(.upsertMeasurement(measurement))
        }
    }

    private func resolveIndicator(_ row: CSVReader.Row) throws(CSVImportError) -> Indicator {
        if let id = try resolveID(row, .indicatorID) {
            guard let indicator = indicatorsByID[id] else {
                throw error(row, .indicatorID, .unknownIndicatorID(MeasurementCSV.trimmed(header.cell(row, .indicatorID) ?? "")))
            }
            return indicator
        }
        let name = MeasurementCSV.trimmed(CSVFormula.restored(MeasurementCSV.trimmed(header.cell(row, .indicator) ?? "")))
        let column: CSVColumn = header.has(.indicator) ? .indicator : .indicatorID
        guard !name.isEmpty else { throw error(row, column, .missingIndicator) }
        let found = indicatorsByName[name] ?? []
        if found.count > 1 { throw error(row, column, .ambiguousIndicatorName(name, count: found.count)) }
        guard let indicator = found.first else { throw error(row, column, .unknownIndicatorName(name)) }
        return indicator
    }

    private func resolveDate(_ row: CSVReader.Row) throws(CSVImportError) -> Day {
        let text = MeasurementCSV.trimmed(header.cell(row, .date) ?? "")
        guard !text.isEmpty else { throw error(row, .date, .missingDate) }
        guard let day = CSVCell.day(text) else { throw error(row, .date, .badDate(text)) }
        return day
    }

    private func resolveValue(_ row: CSVReader.Row) throws(CSVImportError) -> Double? {
        let text = MeasurementCSV.trimmed(header.cell(row, .value) ?? "")
        guard !text.isEmpty else { return nil }
        guard let number = CSVNumber.parse(text) else { throw error(row, .value, .badNumber(text)) }
        guard SamskapCore.Measurement.isUsable(number) else { throw error(row, .value, .valueOutOfRange(text)) }
        return number
    }

    private func resolveID(_ row: CSVReader.Row, _ column: CSVColumn) throws(CSVImportError) -> UUID? {
        let text = MeasurementCSV.trimmed(header.cell(row, column) ?? "")
        guard !text.isEmpty else { return nil }
        guard let id = CSVCell.uuid(text) else { throw error(row, column, .badID(text)) }
        return id
    }

    private func error(_ row: CSVReader.Row, _ column: CSVColumn?, _ problem: CSVProblem) -> CSVImportError {
        CSVImportError(line: row.line, column: column.map(header.name), problem: problem)
    }
}
