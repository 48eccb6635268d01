import Foundation
import SamskapCore

/// The one CSV format for measurements, both ways: what `samskap export-csv` writes and `import-csv` reads.
///
/// Written as a Norwegian spreadsheet opens it without questions: UTF-8 with a byte order mark, `;` between
/// cells, decimal comma, ISO dates (which every spreadsheet recognises whatever its locale), CRLF, and the
/// header in the user's language. Read leniently: with or without the mark, `;` or `,`, decimal comma or
/// point, `d.m.yyyy` or ISO dates, and headers in either language.
public enum MeasurementCSV {
    /// The columns, in the order export writes them; import takes them in any order.
    public static let columns: [CSVColumn] = [.indicator, .date, .value, .note, .source, .comment, .indicatorID, .measurementID]

    /// The document's measurements as CSV text (starting with a byte order mark), grouped by indicator in the
    /// project's order, oldest first. Measurements of an indicator that no longer exists are left out.
    public static func export(_ document: ProjectDocument, language: Language) -> String {
        var byIndicator: [UUID: [SamskapCore.Measurement]] = [:]
        for m in document.measurements { byIndicator[m.indicatorID, default: []].append(m) }
        var writer = CSVWriter(reservingCapacity: 160 * document.measurements.count + 200)
        writer.append(columns.map { $0.header(language) })
        for indicator in document.indicators {
            // Stable order: by date, then id, so that two exports of the same project are byte for byte equal.
            let own = (byIndicator[indicator.id] ?? []).sorted { ($0.date, $0.id.uuidString) < ($1.date, $1.id.uuidString) }
            for m in own {
                writer.append([indicator.name, m.date.iso, m.value.map(CSVNumber.format) ?? "", m.note, m.source, m.comment,
                               indicator.id.uuidString, m.id.uuidString])
            }
        }
        return writer.text
    }

    /// The edits that import the CSV bytes into the document: checks that they are UTF-8, then reads them as text.
    public static func changes(importing data: Data, into document: ProjectDocument) throws(CSVImportError) -> CSVImportPlan {
        guard let text = String(validating: data, as: UTF8.self) else {
            throw CSVImportError(line: nil, column: nil, problem: .notUTF8)
        }
        return try changes(importing: text, into: document)
    }
}
