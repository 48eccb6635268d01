import FoundationEssentials
import SamskapCore

/// The cells of a stored measurement as fields of its record, each saved on its own (see `DraftStore.edit`), and
/// a new row that cannot be saved yet as one value kept whole. Free of GTK, so that it can be tested without a display.
enum MeasurementFields {
    /// The field key of a column, as Core's validation names it.
    static func field(_ column: MeasurementColumn) -> String {
        switch column {
        case .date: "measurement.date"
        case .value: "measurement.value"
        case .note: "measurement.note"
        case .source: "measurement.source"
        }
    }

    /// The fields of a measurement of the indicator: a value reads as the indicator's values do, a note and a source
    /// are saved trimmed, as a new row's are.
    static func table(for indicator: Indicator, period: Period, today: Day = .today(),
                      language: Language = Translations.language) -> FieldTable<SamskapCore.Measurement> {
        func cell(_ column: MeasurementColumn) -> (SamskapCore.Measurement) -> String {
            { MeasurementRowInput($0, language: language)[column] }
        }
        return FieldTable([
            "measurement.date": .init(text: cell(.date), read: { measurement, text in
                let trimmed = text.trimmingSpaces()
                guard let day = ImpactText.day(trimmed) else {
                    return trimmed.isEmpty ? tr("Type the date of the measurement, for example 1.3.2026.") : ImpactText.notADate(trimmed)
                }
                measurement.date = day
                return nil
            }),
            "measurement.value": .init(text: cell(.value), read: { measurement, text in
                switch SamskapCore.Measurement.parseValue(text, for: indicator) {
                case let .success(value):
                    measurement.value = value
                    return nil
                case let .failure(issue):
                    return issue.message(language)
                }
            }),
            "measurement.note": .init(text: cell(.note), read: { $0.note = $1.trimmed(); return nil }),
            "measurement.source": .init(text: cell(.source), read: { $0.source = $1.trimmed(); return nil }),
        ], issues: { $0.validationIssues(indicator: indicator, period: period, today: today) })
    }

    /// The field under which a new row of the indicator that is not saved yet is kept, whole.
    static func newRowField(of indicatorID: UUID) -> String { newRowPrefix + indicatorID.uuidString }

    /// The indicator of a new row's field; nil for any other field.
    static func indicatorID(ofNewRowField field: String) -> UUID? {
        field.hasPrefix(newRowPrefix) ? UUID(uuidString: String(field.dropFirst(newRowPrefix.count))) : nil
    }

    private static let newRowPrefix = "measurement.new."

    /// A new row's cells as one kept text, and back (entries take no tab: Tab moves to the next cell).
    static func text(of input: MeasurementRowInput) -> String { input.cells.joined(separator: "\t") }
    static func input(of text: String) -> MeasurementRowInput {
        MeasurementRowInput(cells: text.split(separator: "\t", omittingEmptySubsequences: false).map(String.init))
    }
}
