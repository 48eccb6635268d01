/// A rectangle in the chart's user space (pixels on screen and in PNG, points in PDF).
public struct ChartRect: Equatable, Hashable, Sendable, CustomStringConvertible {
    /// Left edge.
    public var x: Double
    /// Top edge.
    public var y: Double
    /// Width.
    public var width: Double
    /// Height.
    public var height: Double

    /// Creates a rectangle.
    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    /// Right edge.
    public var maxX: Double { x + width }
    /// Bottom edge.
    public var maxY: Double { y + height }
    /// Horizontal centre.
    public var midX: Double { x + width / 2 }
    /// Vertical centre.
    public var midY: Double { y + height / 2 }

    /// The rectangle shrunk by `dx` on the left and right and `dy` on top and bottom.
    public func insetBy(_ dx: Double, _ dy: Double) -> ChartRect {
        ChartRect(x: x + dx, y: y + dy, width: max(0, width - 2 * dx), height: max(0, height - 2 * dy))
    }

    /// Whether `other` lies wholly inside, allowing `tolerance` for rounding.
    public func contains(_ other: ChartRect, tolerance: Double = 0.5) -> Bool {
        other.x >= x - tolerance && other.y >= y - tolerance && other.maxX <= maxX + tolerance && other.maxY <= maxY + tolerance
    }

    /// Whether the two overlap by more than `tolerance` in both directions (touching edges do not count).
    public func overlaps(_ other: ChartRect, tolerance: Double = 0.5) -> Bool {
        min(maxX, other.maxX) - max(x, other.x) > tolerance && min(maxY, other.maxY) - max(y, other.y) > tolerance
    }

    /// Splits off a slice of `amount` from the top; returns the slice and the rest.
    public func sliceTop(_ amount: Double) -> (ChartRect, ChartRect) {
        let a = min(max(0, amount), height)
        return (ChartRect(x: x, y: y, width: width, height: a), ChartRect(x: x, y: y + a, width: width, height: height - a))
    }

    /// Splits off a slice of `amount` from the bottom; returns the slice and the rest.
    public func sliceBottom(_ amount: Double) -> (ChartRect, ChartRect) {
        let a = min(max(0, amount), height)
        return (ChartRect(x: x, y: maxY - a, width: width, height: a), ChartRect(x: x, y: y, width: width, height: height - a))
    }

    /// Splits off a slice of `amount` from the left; returns the slice and the rest.
    public func sliceLeft(_ amount: Double) -> (ChartRect, ChartRect) {
        let a = min(max(0, amount), width)
        return (ChartRect(x: x, y: y, width: a, height: height), ChartRect(x: x + a, y: y, width: width - a, height: height))
    }

    /// Splits off a slice of `amount` from the right; returns the slice and the rest.
    public func sliceRight(_ amount: Double) -> (ChartRect, ChartRect) {
        let a = min(max(0, amount), width)
        return (ChartRect(x: maxX - a, y: y, width: a, height: height), ChartRect(x: x, y: y, width: width - a, height: height))
    }

    public var description: String {
        "(\(Int(x.rounded())),\(Int(y.rounded())) \(Int(width.rounded()))×\(Int(height.rounded())))"
    }
}
