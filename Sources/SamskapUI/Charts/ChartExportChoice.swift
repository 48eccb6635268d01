import SamskapGraphics

/// One way to export a chart: a format and, for pictures, a size in pixels (nil: the size on screen).
struct ChartExportChoice: Equatable, Sendable {
    /// PNG or SVG.
    var format: ChartFormat
    /// Width and height in pixels; nil for the size the chart has on screen.
    var size: (width: Int, height: Int)?

    /// The choices of the export menu, in its order.
    static let all: [ChartExportChoice] = [
        ChartExportChoice(format: .png, size: (1920, 1080)),
        ChartExportChoice(format: .png, size: (3840, 2160)),
        ChartExportChoice(format: .png, size: nil),
        ChartExportChoice(format: .svg, size: nil),
    ]

    /// The menu text.
    @MainActor
    var title: String {
        switch (format, size) {
        case (.svg, _): tr("SVG (sharp at any size)")
        case (_, let size?): trf("PNG, %1$s × %2$s pixels", String(size.width), String(size.height))
        default: tr("PNG, the size shown on screen")
        }
    }

    static func == (a: ChartExportChoice, b: ChartExportChoice) -> Bool {
        a.format == b.format && a.size?.width == b.size?.width && a.size?.height == b.size?.height
    }
}
