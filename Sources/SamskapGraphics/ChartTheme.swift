/// The three looks a chart can take: on a light page, a dark screen, or high contrast for projectors and low vision.
public enum ChartTheme: String, CaseIterable, Sendable {
    case light, dark, contrast

    /// The colours of the theme.
    public var palette: ChartPalette {
        switch self {
        case .light: .light
        case .dark: .dark
        case .contrast: .contrast
        }
    }
}
