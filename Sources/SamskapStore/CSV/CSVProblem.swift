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
        let nb = language == .nb
        switch self {
        case .notUTF8:
            return nb ? "Filen er ikke lagret som UTF-8. Lagre den som «CSV UTF-8» (eller velg tegnsett UTF-8) i regnearket, og importer på nytt."
                : "The file is not saved as UTF-8. Save it as “CSV UTF-8” (or choose the UTF-8 character set) in your spreadsheet and import again."
        case .empty:
            return nb ? "Filen er tom. Eksporter målingene først for å få en fil med riktige kolonner."
                : "The file is empty. Export the measurements first to get a file with the right columns."
        case let .unknownColumn(name):
            return nb ? "Kolonnen «\(name)» kjenner vi ikke. Kolonnene kan hete \(Self.known(.nb))."
                : "We do not know the column “\(name)”. The columns can be called \(Self.known(.en))."
        case let .duplicateColumn(name):
            return nb ? "Kolonnen «\(name)» står to ganger i overskriften. Slett den ene og importer på nytt."
                : "The column “\(name)” appears twice in the header. Delete one and import again."
        case let .missingColumns(names):
            let list = names.map { nb ? "«\($0)»" : "“\($0)”" }.joined(separator: nb ? " og " : " and ")
            return nb ? "Overskriften mangler \(list). Første linje må navngi kolonnene, slik en eksportert fil gjør."
                : "The header lacks \(list). The first line must name the columns, as an exported file does."
        case .unclosedQuote:
            return nb ? "cellen begynner med et anførselstegn som aldri avsluttes. Legg til det avsluttende \" og importer på nytt."
                : "the cell opens a quote that never closes. Add the closing \" and import again."
        case .textAfterQuote:
            return nb ? "det står tekst etter det avsluttende anførselstegnet. Skriv et anførselstegn inne i en celle som \"\", og importer på nytt."
                : "there is text after the closing quote. Write a quote inside a cell as \"\", and import again."
        case let .tooManyCells(found, expected):
            return nb ? "raden har \(found) celler, men overskriften bare \(expected) kolonner. Fjern de ekstra cellene eller gi dem en kolonne."
                : "the row has \(found) cells but the header only \(expected) columns. Remove the extra cells or give them a column."
        case .missingIndicator:
            return nb ? "raden sier ikke hvilken indikator målingen gjelder. Skriv navnet på indikatoren."
                : "the row does not say which indicator the measurement belongs to. Write the indicator’s name."
        case let .unknownIndicatorName(name):
            return nb ? "prosjektet har ingen indikator som heter «\(name)». Skriv navnet nøyaktig slik det står i prosjektet, eller opprett indikatoren først."
                : "the project has no indicator called “\(name)”. Write the name exactly as it is in the project, or create the indicator first."
        case let .ambiguousIndicatorName(name, count):
            return nb ? "\(count) indikatorer heter «\(name)». Gi dem ulike navn, eller fyll inn kolonnen «indikator-id» fra en eksport."
                : "\(count) indicators are called “\(name)”. Give them different names, or fill in the “indicator-id” column from an export."
        case let .unknownIndicatorID(text):
            return nb ? "prosjektet har ingen indikator med id «\(text)». Tøm cellen og skriv indikatornavnet i stedet."
                : "the project has no indicator with id “\(text)”. Empty the cell and write the indicator’s name instead."
        case let .badID(text):
            return nb ? "«\(text)» er ikke en id. La cellen stå som eksporten skrev den, eller tøm den."
                : "“\(text)” is not an id. Leave the cell as the export wrote it, or empty it."
        case .missingDate:
            return nb ? "datoen mangler. Skriv den som 1.3.2026 eller 2026-03-01."
                : "the date is missing. Write it as 2026-03-01 or 1.3.2026."
        case let .badDate(text):
            return nb ? "«\(text)» er ikke en dato. Skriv den som 1.3.2026 eller 2026-03-01."
                : "“\(text)” is not a date. Write it as 2026-03-01 or 1.3.2026."
        case let .missingValue(indicator):
            return nb ? "«\(indicator)» måles med tall, og verdien mangler. Skriv et tall og importer på nytt."
                : "“\(indicator)” is measured in numbers, and the value is missing. Write a number and import again."
        case let .badNumber(text):
            return nb ? "«\(text)» er ikke et tall. Rett cellen og importer på nytt."
                : "“\(text)” is not a number. Correct the cell and import again."
        case let .valueOutOfRange(text):
            return nb ? "«\(text)» er utenfor det en måling kan ha, \(SamskapCore.Measurement.rangeText(.nb)). Rett cellen og importer på nytt."
                : "“\(text)” is outside what a measurement can hold, \(SamskapCore.Measurement.rangeText(.en)). Correct the cell and import again."
        case let .missingNote(indicator):
            return nb ? "«\(indicator)» er en kvalitativ indikator og trenger et notat om hva dere så. Skriv notatet og importer på nytt."
                : "“\(indicator)” is a qualitative indicator and needs a note of what you observed. Write the note and import again."
        case let .duplicateMeasurementID(firstLine):
            return nb ? "samme måling-id står også på linje \(firstLine). Tøm cellen på den ene raden hvis det er to ulike målinger."
                : "the same measurement-id is also on line \(firstLine). Empty the cell on one of the rows if they are two different measurements."
        }
    }

    private static func known(_ language: Language) -> String {
        let names = CSVColumn.allCases.map { language == .nb ? "«\($0.header(.nb))»" : "“\($0.header(.en))”" }
        return names.dropLast().joined(separator: ", ") + (language == .nb ? " og " : " and ") + names.last!
    }
}
