/// The file formats a chart exports to.
public enum ChartFormat: String, CaseIterable, Sendable {
    case png, svg, pdf

    /// The format a file name's extension asks for (`chart.PNG` → png).
    public init?(pathExtension: String) {
        self.init(rawValue: pathExtension.lowercased())
    }
}
