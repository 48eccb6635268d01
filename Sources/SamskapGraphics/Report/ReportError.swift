import SamskapCore

/// Why a report could not be made; the message names the file, the problem and the way out.
public enum ReportError: Error, Equatable, UserFacingError {
    /// The PDF could not be written (path, reason).
    case cannotWrite(String, String)

    public func message(_ language: Language) -> String {
        switch self {
        case let .cannotWrite(path, why):
            language == .nb
                ? "Klarte ikke å skrive rapporten til «\(path)» (\(why)). Velg en mappe du kan skrive i, og prøv igjen."
                : "Could not write the report to “\(path)” (\(why)). Choose a folder you can write to and try again."
        }
    }
}
