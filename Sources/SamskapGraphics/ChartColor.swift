import FoundationEssentials
import Glibc

/// A colour with alpha, components 0–1, as cairo takes it.
public struct ChartColor: Equatable, Hashable, Sendable {
    /// Red, 0–1.
    public var r: Double
    /// Green, 0–1.
    public var g: Double
    /// Blue, 0–1.
    public var b: Double
    /// Opacity, 0–1.
    public var a: Double

    /// Creates a colour from components.
    public init(r: Double, g: Double, b: Double, a: Double = 1) {
        self.r = r
        self.g = g
        self.b = b
        self.a = a
    }

    /// Creates a colour from `0xRRGGBB`.
    public init(hex: UInt32, alpha: Double = 1) {
        r = Double((hex >> 16) & 0xFF) / 255
        g = Double((hex >> 8) & 0xFF) / 255
        b = Double(hex & 0xFF) / 255
        a = alpha
    }

    /// The same colour with another opacity.
    public func opacity(_ alpha: Double) -> ChartColor { ChartColor(r: r, g: g, b: b, a: alpha) }

    /// Linear mix towards another colour; `t` 0 gives self, 1 gives `other`.
    public func mixed(with other: ChartColor, _ t: Double) -> ChartColor {
        ChartColor(r: r + (other.r - r) * t, g: g + (other.g - g) * t, b: b + (other.b - b) * t, a: a + (other.a - a) * t)
    }

    /// Relative luminance (WCAG), used to pick readable text on a fill.
    public var luminance: Double {
        func channel(_ c: Double) -> Double { c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
        return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
    }

    /// Black or white, whichever reads better on this colour.
    public var readableText: ChartColor {
        // Pure black or white, whichever has the higher WCAG contrast: one of the two always reaches 4.58:1, where a
        // softer black falls below 4.5:1 on mid-tone fills.
        let withWhite = 1.05 / (luminance + 0.05), withBlack = (luminance + 0.05) / 0.05
        return withBlack >= withWhite ? ChartColor(hex: 0x000000) : ChartColor(hex: 0xFFFFFF)
    }
}
