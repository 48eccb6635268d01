import SamskapCore

/// Why a report could not be made; the message names the file, the problem and the way out.
public enum ReportError: Error, Equatable, UserFacingError {
    /// The PDF could not be written (path, reason).
    case cannotWrite(String, String)

    public func message(_ language: Language) -> String {
        switch self {
        case let .cannotWrite(path, why):
            trf("Could not write the report to “%1$s” (%2$s). Choose a folder you can write to and try again.", in: language, path, why)
        }
    }
}
