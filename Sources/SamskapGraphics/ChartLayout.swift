/// Every label a chart drew, with where it went: the tests check it and the window uses it for tooltips.
public struct ChartLayout: Equatable, Sendable {
    /// The canvas the chart was drawn on.
    public var canvas: ChartRect
    /// Labels in drawing order.
    public var labels: [ChartLabel]
    /// True when the chart had nothing to show and drew its empty state.
    public var isEmptyState: Bool

    /// Creates a layout.
    public init(canvas: ChartRect, labels: [ChartLabel] = [], isEmptyState: Bool = false) {
        self.canvas = canvas
        self.labels = labels
        self.isEmptyState = isEmptyState
    }

    /// The label under a point, for a tooltip (the full text when it was shortened).
    public func label(at x: Double, _ y: Double) -> ChartLabel? {
        labels.last { $0.rect.x <= x && x <= $0.rect.maxX && $0.rect.y <= y && y <= $0.rect.maxY }
    }
}
