/// Everything that decides how a marker looks, so equal styles may share one stamp.
struct MarkerStyle: Hashable {
    var shape: MarkerShape
    /// Full width.
    var size: Double
    var fill: ChartColor
    var outline: ChartColor?
    /// Half the ring's line width (for `.ring` only).
    var ring: Double
}
