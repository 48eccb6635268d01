import FoundationEssentials
import SamskapCore

/// One row of the measurement grid as typed, and what it amounts to: nothing, a measurement, or problems.
///
/// Kept free of GTK so that typing, pasting and checking can be tested without a display.
public struct MeasurementRowInput: Equatable, Sendable {
    /// The texts of the cells, by column.
    public var cells: [String]

    /// One problem with one cell.
    public struct Problem: Equatable, Sendable {
        /// The cell it concerns.
        public var column: MeasurementColumn
        /// What is wrong and what to do.
        public var message: String
        /// True when the cell is only empty (a new row still being typed), false when what is there is wrong.
        public var isMissing: Bool

        /// A problem of a cell.
        public init(column: MeasurementColumn, message: String, isMissing: Bool) {
            self.column = column
            self.message = message
            self.isMissing = isMissing
        }
    }

    /// What a row amounts to.
    public enum Outcome: Equatable, Sendable {
        /// Nothing typed.
        case empty
        /// Cannot be saved; the problems say why.
        case problems([Problem])
        /// A measurement to save, with warnings (date outside the period…) that do not stop it.
        case valid(SamskapCore.Measurement, warnings: [Problem])
    }

    /// A row of empty cells.
    public init() { cells = Array(repeating: "", count: MeasurementColumn.allCases.count) }

    /// A row from its cells; missing ones are empty, extra ones dropped.
    public init(cells: [String]) {
        self.init()
        for (i, text) in cells.prefix(self.cells.count).enumerated() { self.cells[i] = text }
    }

    /// A row showing a stored measurement.
    public init(_ measurement: SamskapCore.Measurement, language: Language = Translations.language) {
        self.init(cells: [ImpactText.date(measurement.date, language: language), ImpactText.number(measurement.value, language: language),
                          measurement.note, measurement.source])
    }

    /// The text of one cell.
    public subscript(column: MeasurementColumn) -> String {
        get { cells[column.rawValue] }
        set { cells[column.rawValue] = newValue }
    }

    /// Whether every cell is blank.
    public var isEmpty: Bool { cells.allSatisfy { $0.isBlank } }

    /// Reads the row as a measurement of the indicator. `base` is the stored measurement the row shows (its id
    /// and comment are kept), nil for a new row. Core's checks decide; their messages are shown as they are.
    public func read(for indicator: Indicator, base: SamskapCore.Measurement?, period: Period, today: Day = .today(),
              language: Language = Translations.language) -> Outcome {
        if isEmpty && base == nil { return .empty }
        var problems: [Problem] = []
        let dateText = self[.date].trimmingSpaces()
        let day = ImpactText.day(dateText)
        if dateText.isEmpty {
            problems.append(Problem(column: .date, message: tr("Type the date of the measurement, for example 1.3.2026."), isMissing: true))
        } else if day == nil {
            problems.append(Problem(column: .date, message: ImpactText.notADate(dateText), isMissing: false))
        }
        var value: Double?
        switch SamskapCore.Measurement.parseValue(self[.value], for: indicator) {
        case let .success(parsed): value = parsed
        case let .failure(issue): problems.append(Problem(column: .value, message: issue.message(language), isMissing: false))
        }
        var measurement = base ?? SamskapCore.Measurement(indicatorID: indicator.id, date: day ?? Day(ordinal: 0))
        measurement.indicatorID = indicator.id
        if let day { measurement.date = day }
        measurement.value = value
        measurement.note = self[.note].trimmed()
        measurement.source = self[.source].trimmed()
        var warnings: [Problem] = []
        for issue in measurement.validationIssues(indicator: indicator, period: period, today: today) {
            let column = MeasurementColumn(field: issue.field) ?? .value
            if issue.blocksSaving {
                // A missing value or note in a new row is still being typed; Core's own check says so once it matters.
                let missing = issue.rule == .measurementValueMissing || issue.rule == .measurementNoteMissing
                guard !problems.contains(where: { $0.column == column }) else { continue }
                problems.append(Problem(column: column, message: issue.message(language), isMissing: missing))
            } else if day != nil {
                warnings.append(Problem(column: column, message: issue.message(language), isMissing: false))
            }
        }
        if !problems.isEmpty { return .problems(problems.sorted { $0.column.rawValue < $1.column.rawValue }) }
        return .valid(measurement, warnings: warnings)
    }
}
