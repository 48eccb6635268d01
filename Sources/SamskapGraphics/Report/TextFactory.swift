import CCairo
import SamskapCore

/// The kinds of text in the report; each maps to one Pango font description.
enum TextFont: Hashable {
    case body, bodyBold, bodyItalic, small, smallBold, table, tableBold, h1, h2, h3, title, subtitle, caption

    var size: Double {
        switch self {
        case .body, .bodyBold, .bodyItalic: ReportStyle.bodySize
        case .small, .smallBold, .caption: ReportStyle.smallSize
        case .table, .tableBold: ReportStyle.tableSize
        case .h1: ReportStyle.h1Size
        case .h2: ReportStyle.h2Size
        case .h3: ReportStyle.h3Size
        case .title: 30
        case .subtitle: 14
        }
    }

    var weight: PangoWeight {
        switch self {
        case .bodyBold, .smallBold, .tableBold, .h2, .h3: PANGO_WEIGHT_SEMIBOLD
        case .h1, .title: PANGO_WEIGHT_BOLD
        default: PANGO_WEIGHT_NORMAL
        }
    }

    var italic: Bool { self == .bodyItalic || self == .caption }
}

/// Lays out text with Pango for the report: one measuring context with unhinted metrics at 72 dpi,
/// so that a point measured here is a point in the PDF, on paper and in a preview.
final class TextFactory {
    enum Alignment { case left, center, right }

    let language: Language
    private let context: OpaquePointer
    private var fonts: [TextFont: OpaquePointer] = [:]
    private let pangoLanguage: OpaquePointer?

    init(language: Language) {
        self.language = language
        context = pango_font_map_create_context(pango_cairo_font_map_get_default())
        // Unhinted metrics: glyph advances must not depend on the device the page is drawn on.
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
        pango_cairo_context_set_resolution(context, 72)
        pangoLanguage = pango_language_from_string(language == .en ? "en-gb" : language.bcp47Tag.lowercased())
        pango_context_set_language(context, pangoLanguage)
    }

    deinit {
        for font in fonts.values { pango_font_description_free(font) }
        g_object_unref(UnsafeMutableRawPointer(context))
    }

    /// Lays out `text` wrapped at `width` points.
    func box(_ text: String, font: TextFont, width: Double, color: ReportColor = ReportStyle.ink,
             align: Alignment = .left, lineSpacing: Double = 1.22, singleLine: Bool = false) -> TextBox {
        let layout = pango_layout_new(context)!
        pango_layout_set_font_description(layout, description(font))
        pango_layout_set_width(layout, Int32(max(1, width) * Double(PANGO_SCALE)))
        // Word wrap that falls back to breaking inside a word (with a hyphen) so that a long
        // name in a narrow column wraps instead of running into the next column.
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        pango_layout_set_line_spacing(layout, Float(lineSpacing))
        if singleLine {
            // A running header keeps one line and says with an ellipsis that the rest is cut.
            pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_END)
            pango_layout_set_height(layout, -1)
        }
        switch align {
        case .left: pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
        case .center: pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER)
        case .right: pango_layout_set_alignment(layout, PANGO_ALIGN_RIGHT)
        }
        let attributes = pango_attr_list_new()
        // The language picks the line-break rules (and the hyphen shape) for bokmål or English;
        // insert-hyphens shows a hyphen where a word is broken.
        pango_attr_list_insert(attributes, pango_attr_language_new(pangoLanguage))
        pango_attr_list_insert(attributes, pango_attr_insert_hyphens_new(1))
        pango_layout_set_attributes(layout, attributes)
        pango_attr_list_unref(attributes)
        let clean = Self.clean(text)
        pango_layout_set_text(layout, clean, Int32(clean.utf8.count))
        return TextBox(layout: layout, color: color, width: width)
    }

    /// Width of a one-line text, for column sizing.
    func naturalWidth(_ text: String, font: TextFont) -> Double {
        let layout = pango_layout_new(context)!
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        pango_layout_set_font_description(layout, description(font))
        pango_layout_set_text(layout, text, Int32(text.utf8.count))
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        return Double(logical.width) / Double(PANGO_SCALE)
    }

    private func description(_ font: TextFont) -> OpaquePointer {
        if let cached = fonts[font] { return cached }
        let d = pango_font_description_new()!
        pango_font_description_set_family(d, ReportStyle.fontFamily)
        pango_font_description_set_size(d, Int32(font.size * Double(PANGO_SCALE)))
        pango_font_description_set_weight(d, font.weight)
        pango_font_description_set_style(d, font.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
        fonts[font] = d
        return d
    }

    /// Text from a project file may hold control characters; Pango would draw them as boxes.
    private static func clean(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\n" && $0 != "\t" }) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.value >= 0x20 || $0 == "\n" || $0 == "\t" }))
    }
}
