/// Why a chart could not be written.
public enum ChartExportError: Error, Equatable, CustomStringConvertible {
    /// cairo could not create or write the file (the path and cairo's reason).
    case cairo(String, String)
    /// The size is outside what the export accepts.
    case badSize(Double, Double)

    public var description: String {
        switch self {
        case let .cairo(path, why): "Could not write \(path): \(why)"
        case let .badSize(w, h): "A chart must be between 100×100 and 10000×10000, not \(w)×\(h)"
        }
    }
}
