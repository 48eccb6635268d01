/// The report's page geometry, type sizes and colours, in PDF points (1/72 inch).
///
/// Kept in one place so that every section, the running header and the print path agree.
enum ReportStyle {
    /// A4 portrait.
    static let pageWidth = 595.276
    /// A4 portrait.
    static let pageHeight = 841.890
    /// 22 mm each side: a text column of about 75 characters at the body size.
    static let marginLeft = 62.4
    static let marginRight = 62.4
    /// Room above the body for the running header.
    static let marginTop = 68.0
    /// Room below the body for the footer.
    static let marginBottom = 64.0

    static var bodyWidth: Double { pageWidth - marginLeft - marginRight }
    static var bodyTop: Double { marginTop }
    static var bodyBottom: Double { pageHeight - marginBottom }
    static var bodyHeight: Double { bodyBottom - bodyTop }

    /// Inter with DejaVu Sans for anything Inter lacks.
    static let fontFamily = "Inter, DejaVu Sans"

    static let bodySize = 9.5
    static let smallSize = 8.0
    static let tableSize = 8.5
    static let h1Size = 19.0
    static let h2Size = 13.0
    static let h3Size = 10.5

    /// Space between paragraphs and after most blocks.
    static let paragraphGap = 6.0
    /// Lines a paragraph keeps together at the foot and the head of a page.
    static let minLinesAtBreak = 2

    static let ink = ReportColor(hex: 0x1F2933)
    static let muted = ReportColor(hex: 0x5B6670)
    static let accent = ReportColor(hex: 0x0072B2)
    static let rule = ReportColor(hex: 0xC9D1D9)
    static let headerFill = ReportColor(hex: 0xE8EEF4)
    static let zebraFill = ReportColor(hex: 0xF6F8FA)
    static let white = ReportColor(hex: 0xFFFFFF)

    /// Okabe–Ito, safe for colour-blind readers; used for sectors.
    static let categorical: [ReportColor] = [0xE69F00, 0x56B4E9, 0x009E73, 0xF0E442, 0x0072B2, 0xD55E00, 0xCC79A7].map(ReportColor.init(hex:))

    /// One sequential blue for scores 1–5, light to dark; the number is always printed on top.
    /// White or black, whichever stands out more from a score cell's fill: one of the two always reaches 4.58:1 (WCAG),
    /// where the softer body ink falls below 4.5:1 on mid-tone fills.
    static func scoreInk(on fill: ReportColor) -> ReportColor {
        let black = ReportColor(hex: 0x000000)
        return fill.contrast(with: white) >= fill.contrast(with: black) ? white : black
    }

    static func scoreFill(_ score: Double) -> ReportColor {
        let t = min(1, max(0, (score - 1) / 4))
        let light = ReportColor(hex: 0xE3EEF7), dark = ReportColor(hex: 0x0B4F85)
        return ReportColor(r: light.r + (dark.r - light.r) * t, g: light.g + (dark.g - light.g) * t, b: light.b + (dark.b - light.b) * t)
    }
}
