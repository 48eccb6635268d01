import SamskapCore

/// The charts Samskap draws; the raw value is the name on the command line (`samskap render-chart FILE model`).
public enum ChartKind: String, CaseIterable, Sendable {
    case model
    case radarFields = "radar-fields"
    case radarValues = "radar-values"
    case divergence
    case trend
    case indicators
    case resultsChain = "results-chain"
    case matrix
    case staircase
    case partners

    /// The chart's title, in both languages.
    public var title: LocalizedText {
        switch self {
        case .model: LocalizedText("The model: values and action fields")
        case .radarFields: LocalizedText("Profile of the action fields")
        case .radarValues: LocalizedText("Profile of the values")
        case .divergence: LocalizedText("Where do we differ? The workshop’s agenda")
        case .trend: LocalizedText("Trend across rounds")
        case .indicators: LocalizedText("Indicators: progress towards targets")
        case .resultsChain: LocalizedText("The results chain")
        case .matrix: LocalizedText("Thin and thick co-creation")
        case .staircase: LocalizedText("The staircase to a co-creating municipality")
        case .partners: LocalizedText("Partner map")
        }
    }
}
