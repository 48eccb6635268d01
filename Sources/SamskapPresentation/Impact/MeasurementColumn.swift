/// The columns of the measurement grid, in the order they are shown, typed and pasted.
public enum MeasurementColumn: Int, CaseIterable, Sendable {
    case date, value, note, source

    /// The column heading, also the first part of each cell's accessible name.
    public var title: String {
        switch self {
        case .date: tr("Date")
        case .value: tr("Value")
        case .note: tr("Note")
        case .source: tr("Source")
        }
    }

    /// The column of a validation issue's field ("measurement.value" → value).
    public init?(field: String) {
        switch field {
        case "measurement.date": self = .date
        case "measurement.value": self = .value
        case "measurement.note": self = .note
        case "measurement.source": self = .source
        default: return nil
        }
    }
}
