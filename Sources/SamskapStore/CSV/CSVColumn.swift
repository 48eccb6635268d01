import FoundationEssentials
import SamskapCore

/// A column of the measurements CSV: its header in bokmål and English, and the names accepted on import.
public enum CSVColumn: String, CaseIterable, Sendable {
    case indicator, date, value, note, source, comment, indicatorID, measurementID

    /// The header written on export, in the given language.
    public func header(_ language: Language) -> String {
        switch (self, language) {
        case (.indicator, .nb): "indikator"
        case (.indicator, .en): "indicator"
        case (.date, .nb): "dato"
        case (.date, .en): "date"
        case (.value, .nb): "verdi"
        case (.value, .en): "value"
        case (.note, .nb): "notat"
        case (.note, .en): "note"
        case (.source, .nb): "kilde"
        case (.source, .en): "source"
        case (.comment, .nb): "kommentar"
        case (.comment, .en): "comment"
        case (.indicatorID, .nb): "indikator-id"
        case (.indicatorID, .en): "indicator-id"
        case (.measurementID, .nb): "måling-id"
        case (.measurementID, .en): "measurement-id"
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
