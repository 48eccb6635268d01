import FoundationEssentials
import SamskapCore

/// Why a CSV import was refused, with the line and column to look at. Nothing is imported when it is thrown.
public struct CSVImportError: UserFacingError, Equatable, Sendable {
    /// The row, 1 for the header, as the spreadsheet numbers rows; nil for the file as a whole.
    public var line: Int?
    /// The column's header as the file writes it (or its number, "3", when the header is unreadable); nil for a whole row.
    public var column: String?
    /// What is wrong.
    public var problem: CSVProblem

    /// Creates an error.
    public init(line: Int?, column: String?, problem: CSVProblem) {
        self.line = line
        self.column = column
        self.problem = problem
    }

    public func message(_ language: Language) -> String {
        let text = problem.message(language)
        switch (line, column) {
        case let (line?, column?):
            return trf("Line %1$s, column “%2$s”: %3$s", in: language, "\(line)", "\(column)", "\(text)")
        case let (line?, nil):
            return trf("Line %1$s: %2$s", in: language, "\(line)", "\(text)")
        default:
            return text.prefix(1).uppercased() + text.dropFirst()
        }
    }
}
