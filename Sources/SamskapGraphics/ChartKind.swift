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
        case .model: LocalizedText(nb: "Modellen: verdier og handlingsfelt", en: "The model: values and action fields")
        case .radarFields: LocalizedText(nb: "Profil for handlingsfeltene", en: "Profile of the action fields")
        case .radarValues: LocalizedText(nb: "Profil for verdiene", en: "Profile of the values")
        case .divergence: LocalizedText(nb: "Hvor er vi uenige? Verkstedets agenda", en: "Where do we differ? The workshop’s agenda")
        case .trend: LocalizedText(nb: "Utvikling over rundene", en: "Trend across rounds")
        case .indicators: LocalizedText(nb: "Indikatorer: framdrift mot målene", en: "Indicators: progress towards targets")
        case .resultsChain: LocalizedText(nb: "Resultatkjeden", en: "The results chain")
        case .matrix: LocalizedText(nb: "Tynn og tykk samskaping", en: "Thin and thick co-creation")
        case .staircase: LocalizedText(nb: "Trappen mot en samskapende kommune", en: "The staircase to a co-creating municipality")
        case .partners: LocalizedText(nb: "Kart over samarbeidspartnerne", en: "Partner map")
        }
    }
}
