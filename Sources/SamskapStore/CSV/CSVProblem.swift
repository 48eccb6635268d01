import FoundationEssentials
import SamskapCore

/// What is wrong with a CSV file of measurements; `CSVImportError` says where.
public enum CSVProblem: Equatable, Sendable {
    /// The bytes are not UTF-8 (an old spreadsheet saved in Windows-1252, say).
    case notUTF8
    /// The file holds nothing, not even a header.
    case empty
    /// A header cell names no known column.
    case unknownColumn(String)
    /// A column appears twice in the header.
    case duplicateColumn(String)
    /// The header lacks columns the import needs (their bokmål or English headers).
    case missingColumns([String])
    /// A quoted cell never ends.
    case unclosedQuote
    /// Text follows the closing quote of a cell.
    case textAfterQuote
    /// The row has more filled cells than the header has columns.
    case tooManyCells(found: Int, expected: Int)
    /// Neither an indicator name nor an indicator id.
    case missingIndicator
    /// No indicator of the project has this name.
    case unknownIndicatorName(String)
    /// Several indicators have this name.
    case ambiguousIndicatorName(String, count: Int)
    /// No indicator of the project has this id.
    case unknownIndicatorID(String)
    /// The cell should hold an id and does not.
    case badID(String)
    /// The date cell is empty.
    case missingDate
    /// The date cell holds no date we read.
    case badDate(String)
    /// A quantitative indicator's row has no value.
    case missingValue(indicator: String)
    /// The value cell holds no number.
    case badNumber(String)
    /// The value cell holds a number outside `Measurement.valueRange`.
    case valueOutOfRange(String)
    /// A qualitative indicator's row has no note.
    case missingNote(indicator: String)
    /// The measurement id appears on an earlier row too.
    case duplicateMeasurementID(firstLine: Int)

    /// The problem and the way out, in the given language.
    func message(_ language: Language) -> String {
        switch self {
        case .notUTF8:
            return tr("The file is not saved as UTF-8. Save it as “CSV UTF-8” (or choose the UTF-8 character set) in your spreadsheet and import again.", in: language)
        case .empty:
            return tr("The file is empty. Export the measurements first to get a file with the right columns.", in: language)
        case let .unknownColumn(name):
            return trf("We do not know the column “%1$s”. The columns can be called %2$s.", in: language, "\(name)", "\(Self.known(language))")
        case let .duplicateColumn(name):
            return trf("The column “%1$s” appears twice in the header. Delete one and import again.", in: language, "\(name)")
        case let .missingColumns(names):
            let list = names.map { trf("“%1$s”", in: language, "\($0)") }.joined(separator: tr(" and ", in: language))
            return trf("The header lacks %1$s. The first line must name the columns, as an exported file does.", in: language, "\(list)")
        case .unclosedQuote:
            return tr("the cell opens a quote that never closes. Add the closing \" and import again.", in: language)
        case .textAfterQuote:
            return tr("there is text after the closing quote. Write a quote inside a cell as \"\", and import again.", in: language)
        case let .tooManyCells(found, expected):
            return trf("the row has %1$s cells but the header only %2$s columns. Remove the extra cells or give them a column.", in: language, "\(found)", "\(expected)")
        case .missingIndicator:
            return tr("the row does not say which indicator the measurement belongs to. Write the indicator’s name.", in: language)
        case let .unknownIndicatorName(name):
            return trf("the project has no indicator called “%1$s”. Write the name exactly as it is in the project, or create the indicator first.", in: language, "\(name)")
        case let .ambiguousIndicatorName(name, count):
            return trf("%1$s indicators are called “%2$s”. Give them different names, or fill in the “indicator-id” column from an export.", in: language, "\(count)", "\(name)")
        case let .unknownIndicatorID(text):
            return trf("the project has no indicator with id “%1$s”. Empty the cell and write the indicator’s name instead.", in: language, "\(text)")
        case let .badID(text):
            return trf("“%1$s” is not an id. Leave the cell as the export wrote it, or empty it.", in: language, "\(text)")
        case .missingDate:
            return tr("the date is missing. Write it as 2026-03-01 or 1.3.2026.", in: language)
        case let .badDate(text):
            return trf("“%1$s” is not a date. Write it as 2026-03-01 or 1.3.2026.", in: language, "\(text)")
        case let .missingValue(indicator):
            return trf("“%1$s” is measured in numbers, and the value is missing. Write a number and import again.", in: language, "\(indicator)")
        case let .badNumber(text):
            return trf("“%1$s” is not a number. Correct the cell and import again.", in: language, "\(text)")
        case let .valueOutOfRange(text):
            return trf("“%1$s” is outside what a measurement can hold, %2$s. Correct the cell and import again.", in: language, "\(text)", "\(SamskapCore.Measurement.rangeText(language))")
        case let .missingNote(indicator):
            return trf("“%1$s” is a qualitative indicator and needs a note of what you observed. Write the note and import again.", in: language, "\(indicator)")
        case let .duplicateMeasurementID(firstLine):
            return trf("the same measurement-id is also on line %1$s. Empty the cell on one of the rows if they are two different measurements.", in: language, "\(firstLine)")
        }
    }

    private static func known(_ language: Language) -> String {
        let names = CSVColumn.allCases.map { trf("“%1$s”", in: language, "\($0.header(language))") }
        return names.dropLast().joined(separator: ", ") + (tr(" and ", in: language)) + names.last!
    }
}
