import FoundationEssentials
import SamskapCore

/// The one CSV format for measurements, both ways: what `samskap export-csv` writes and `import-csv` reads.
///
/// Written as a Norwegian spreadsheet opens it without questions: UTF-8 with a byte order mark, `;` between
/// cells, decimal comma, ISO dates (which every spreadsheet recognises whatever its locale), CRLF, and the
/// header in the user's language. Read leniently: with or without the mark, `;` or `,`, decimal comma or
/// point, `d.m.yyyy` or ISO dates, and headers in either language.
public enum MeasurementCSV {
    /// The columns, in the order export writes them; import takes them in any order. The text columns (indicator,
    /// note, source, comment) are written through `CSVFormula`, so that a spreadsheet shows them rather than runs them.
    public static let columns: [CSVColumn] = [.indicator, .date, .value, .note, .source, .comment, .indicatorID, .measurementID, .target]

    /// The document's measurements as CSV text (starting with a byte order mark), grouped by indicator in the
    /// project's order, oldest first. Measurements of an indicator that no longer exists are left out.
    public static func export(_ document: ProjectDocument, language: Language) -> String {
        var byIndicator: [UUID: [SamskapCore.Measurement]] = [:]
        for m in document.measurements { byIndicator[m.indicatorID, default: []].append(m) }
        var writer = CSVWriter(reservingCapacity: 160 * document.measurements.count + 200)
        writer.append(columns.map { $0.header(language) })
        for indicator in document.indicators {
            let indicatorID = indicator.id.uuidString, name = CSVFormula.neutralised(indicator.name)
            // Stable order: by date, then id, so that two exports of the same project are byte for byte equal.
            let own = (byIndicator[indicator.id] ?? []).map { ($0, $0.id.uuidString) }.sorted { ($0.0.date, $0.1) < ($1.0.date, $1.1) }
            for (m, id) in own {
                writer.append([name, CSVCell.iso(m.date), m.value.map(CSVNumber.format) ?? "", CSVFormula.neutralised(m.note),
                               CSVFormula.neutralised(m.source), CSVFormula.neutralised(m.comment), indicatorID, id,
                               indicator.targetValue(on: m.date).map(CSVNumber.format) ?? ""])
            }
        }
        return writer.text
    }

    /// The edits that import the CSV bytes into the document: checks that they are UTF-8, then reads them as text.
    public static func changes(importing data: Data, into document: ProjectDocument) throws(CSVImportError) -> CSVImportPlan {
        let result = data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            // Validated on the buffer, where the standard library checks fast; a String made from `Data` goes byte by byte.
            guard String(validating: bytes, as: UTF8.self) != nil else {
                return Result<CSVImportPlan, CSVImportError>.failure(CSVImportError(line: nil, column: nil, problem: .notUTF8))
            }
            return Result { () throws(CSVImportError) -> CSVImportPlan in try plan(bytes, into: document) }
        }
        return try result.get()
    }
}
