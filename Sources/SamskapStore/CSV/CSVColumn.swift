import FoundationEssentials
import SamskapCore

/// A column of the measurements CSV: its header in bokmål and English, and the names accepted on import.
public enum CSVColumn: String, CaseIterable, Sendable {
    case indicator, date, value, note, source, comment, indicatorID, measurementID
    /// The indicator's target in force on the measurement's date (its history kept): written for reading beside the
    /// value, never read back, since targets change in the window with a reason.
    case target

    /// The header written on export, in the given language. Part of the file format, not of the catalogue:
    /// a nynorsk export writes the Norwegian headers bokmål writes, so the file reads back in either.
    public func header(_ language: Language) -> String {
        switch (self, language.isNorwegian) {
        case (.indicator, true): "indikator"
        case (.indicator, false): "indicator"
        case (.date, true): "dato"
        case (.date, false): "date"
        case (.value, true): "verdi"
        case (.value, false): "value"
        case (.note, true): "notat"
        case (.note, false): "note"
        case (.source, true): "kilde"
        case (.source, false): "source"
        case (.comment, true): "kommentar"
        case (.comment, false): "comment"
        case (.indicatorID, true): "indikator-id"
        case (.indicatorID, false): "indicator-id"
        case (.measurementID, true): "måling-id"
        case (.measurementID, false): "measurement-id"
        case (.target, true): "mål på datoen"
        case (.target, false): "target on the date"
        }
    }

    /// Place in `allCases`, for array lookups.
    var ordinal: Int {
        switch self {
        case .indicator: 0
        case .date: 1
        case .value: 2
        case .note: 3
        case .source: 4
        case .comment: 5
        case .indicatorID: 6
        case .measurementID: 7
        case .target: 8
        }
    }

    /// The column a header cell names, in either language, ignoring case and surrounding spaces.
    ///
    /// `maling-id` and `maaling-id` are accepted too, because some tools and keyboards lose the å.
    public static func matching(_ header: String) -> CSVColumn? {
        let wanted = header.trimmingSpaces().lowercased()
        if let column = allCases.first(where: { $0.header(.nb) == wanted || $0.header(.en) == wanted }) { return column }
        switch wanted {
        case "maling-id", "maaling-id": return .measurementID
        default: return nil
        }
    }
}
