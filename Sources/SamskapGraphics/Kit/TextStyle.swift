import CCairo

/// How a label looks and how far it may shrink before it is cut with "…".
struct TextStyle {
    enum Weight {
        case regular, semibold, bold
        var pango: PangoWeight {
            switch self {
            case .regular: PANGO_WEIGHT_NORMAL
            case .semibold: PANGO_WEIGHT_SEMIBOLD
            case .bold: PANGO_WEIGHT_BOLD
            }
        }
    }

    var size: Double
    var minSize: Double
    var weight: Weight = .regular
    var color: ChartColor

    func with(color: ChartColor) -> TextStyle {
        var s = self
        s.color = color
        return s
    }

    func with(weight: Weight) -> TextStyle {
        var s = self
        s.weight = weight
        return s
    }

    func scaled(_ factor: Double) -> TextStyle {
        var s = self
        s.size = max(minSize, size * factor)
        return s
    }
}

/// Where a label sits horizontally in its box (and how its lines align).
enum TextAlign: Int {
    case leading, center, trailing
    var pango: PangoAlignment {
        switch self {
        case .leading: PANGO_ALIGN_LEFT
        case .center: PANGO_ALIGN_CENTER
        case .trailing: PANGO_ALIGN_RIGHT
        }
    }
}

/// Where a label sits vertically in its box.
enum VerticalAlign {
    case top, middle, bottom
}
