import SamskapCore

/// How an indicator status is shown: colour, shape and word together.
public struct StatusStyle: Equatable, Sendable {
    /// Fill colour of the marker.
    public var color: ChartColor
    /// The marker's shape.
    public var shape: MarkerShape

    /// Creates a style.
    public init(color: ChartColor, shape: MarkerShape) {
        self.color = color
        self.shape = shape
    }
}
