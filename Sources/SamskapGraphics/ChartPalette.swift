import SamskapCore

/// The colours of one theme, all derived from the Okabe–Ito palette and one blue sequential ramp.
public struct ChartPalette: Equatable, Sendable {
    /// Canvas.
    public var background: ChartColor
    /// Panels and bands drawn on the canvas.
    public var surface: ChartColor
    /// Main text.
    public var text: ChartColor
    /// Secondary text (axis labels, notes).
    public var muted: ChartColor
    /// Grid lines and outlines.
    public var grid: ChartColor
    /// Okabe–Ito, seven categories (sectors, partners, series).
    public var categorical: [ChartColor]
    /// Ends of the score ramp: score 1 and score 5.
    public var sequentialLow: ChartColor
    /// See `sequentialLow`.
    public var sequentialHigh: ChartColor
    /// Line width factor: the contrast theme draws heavier lines.
    public var strokeFactor: Double

    /// The Okabe–Ito colours in their usual order.
    public static let okabeIto: [ChartColor] = [0xE69F00, 0x56B4E9, 0x009E73, 0xF0E442, 0x0072B2, 0xD55E00, 0xCC79A7].map { ChartColor(hex: $0) }

    /// Light theme.
    public static let light = ChartPalette(
        background: ChartColor(hex: 0xFFFFFF), surface: ChartColor(hex: 0xF2F2F2), text: ChartColor(hex: 0x1C1C1C),
        muted: ChartColor(hex: 0x595959), grid: ChartColor(hex: 0xCFCFCF), categorical: okabeIto,
        sequentialLow: ChartColor(hex: 0xDEEBF7), sequentialHigh: ChartColor(hex: 0x08306B), strokeFactor: 1)

    /// Dark theme: the same hues on a dark canvas; the score ramp keeps light = low, dark = high.
    public static let dark = ChartPalette(
        background: ChartColor(hex: 0x1E1E1E), surface: ChartColor(hex: 0x2D2D2D), text: ChartColor(hex: 0xF2F2F2),
        muted: ChartColor(hex: 0xB4B4B4), grid: ChartColor(hex: 0x4A4A4A), categorical: okabeIto,
        sequentialLow: ChartColor(hex: 0xDEEBF7), sequentialHigh: ChartColor(hex: 0x2171B5), strokeFactor: 1)

    /// High contrast: black canvas, white text and outlines, heavier lines.
    public static let contrast = ChartPalette(
        background: ChartColor(hex: 0x000000), surface: ChartColor(hex: 0x141414), text: ChartColor(hex: 0xFFFFFF),
        muted: ChartColor(hex: 0xE6E6E6), grid: ChartColor(hex: 0x9A9A9A), categorical: okabeIto,
        sequentialLow: ChartColor(hex: 0xFFFFFF), sequentialHigh: ChartColor(hex: 0x2F7FD0), strokeFactor: 1.6)

    /// The colour of a score on the 1–5 scale: one hue, light to dark. Always print the number too.
    public func sequential(_ score: Double) -> ChartColor {
        let t = min(1, max(0, (score - 1) / 4))
        return sequentialLow.mixed(with: sequentialHigh, t)
    }

    /// A translucent colour as it looks over the background, made opaque: opaque fills are much cheaper to draw.
    public func flattened(_ color: ChartColor) -> ChartColor {
        background.mixed(with: color.opacity(1), color.a).opacity(1)
    }

    /// The categorical colour for an index, cycling after seven.
    public func category(_ index: Int) -> ChartColor { categorical[((index % 7) + 7) % 7] }

    /// Colour of a sector, fixed so a sector looks the same in every chart.
    public func sector(_ sector: Sector) -> ChartColor { category(Sector.allCases.firstIndex(of: sector) ?? 0) }

    /// Colour and shape of an indicator status; blue against orange, never red against green.
    public func status(_ status: IndicatorStatus) -> StatusStyle {
        switch status {
        case .onTrack: StatusStyle(color: ChartColor(hex: 0x0072B2), shape: .circle)
        case .behind: StatusStyle(color: ChartColor(hex: 0xD55E00), shape: .triangle)
        case .noData: StatusStyle(color: muted, shape: .ring)
        case .described: StatusStyle(color: ChartColor(hex: 0xCC79A7), shape: .square)
        }
    }

    /// Colour of the importance series beside experience.
    public var importance: ChartColor { ChartColor(hex: 0xE69F00) }
    /// Colour of the experience (group mean) series.
    public var experience: ChartColor { self == .light ? ChartColor(hex: 0x0072B2) : ChartColor(hex: 0x56B4E9) }
    /// Colour of a single partner's overlay.
    public var overlay: ChartColor { ChartColor(hex: 0xCC79A7) }
    /// Tint for the min–max band.
    public var band: ChartColor { experience.opacity(0.22) }
    /// Accent for flags (divergent, unmet expectations).
    public var flag: ChartColor { ChartColor(hex: 0xD55E00) }
}
