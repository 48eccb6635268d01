/// One entry of a chart legend: a key (swatch, line or marker) and its words.
struct LegendItem {
    enum Key {
        case swatch(ChartColor)
        case line(ChartColor, dashed: Bool)
        case marker(MarkerShape, ChartColor)
        case none
    }

    var key: Key
    var text: String
}
