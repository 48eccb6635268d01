import CCairo
import FoundationEssentials
import Synchronization

/// Pango's font map, context and laid-out texts, kept alive between draws so a redraw only looks them up.
///
/// Pango objects are not thread-safe, so one engine is shared and every draw has it to itself
/// (`ChartRenderer` draws through `exclusively`); that is why the class can be `@unchecked Sendable`.
final class TextEngine: @unchecked Sendable {
    /// The engine every draw uses.
    static let shared = TextEngine()

    /// Held for the whole of a draw.
    private let lock = Mutex(())

    /// Runs a whole draw with the engine to itself.
    func exclusively<Result>(_ draw: () -> Result) -> Result {
        lock.withLock { _ in draw() }
    }

    private let fontMap: UnsafeMutablePointer<PangoFontMap>
    private let context: OpaquePointer
    private var fonts: [FontKey: OpaquePointer] = [:]
    private var cache: [LayoutKey: FittedText] = [:]
    /// Enough for every label of every chart at a few sizes; cleared wholesale when full.
    private let cacheLimit = 6000

    /// A label's whole fit (wrap, shrink, cut) for the same text, box and style: a redraw lays out each label once.
    private var fits: [FitKey: FittedText?] = [:]

    struct FitKey: Hashable {
        let text: String, width: Double, height: Double, size: Double, minSize: Double, weight: UInt32, maxLines: Int, align: Int
        var breaksWords = false
    }

    /// The fit for `key`, computed by `make` the first time (its layouts come from `layout`, so they live as long as this).
    func fit(_ key: FitKey, _ make: () -> FittedText?) -> FittedText? {
        if let hit = fits[key] { return hit }
        let result = make()
        fits[key] = result
        return result
    }

    private struct FontKey: Hashable { let size: Int, weight: UInt32 }
    private struct LayoutKey: Hashable {
        let text: String, size: Int, weight: UInt32, width: Int32, lines: Int, align: Int, wordsOnly: Bool
    }

    private init() {
        // Our own font map rather than the per-thread default: draws may come from any thread.
        fontMap = pango_cairo_font_map_new()
        context = pango_font_map_create_context(fontMap)
        // Unhinted metrics make text measure the same on screen, in PNG, SVG and PDF.
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
    }

    private func font(size: Double, weight: TextStyle.Weight) -> OpaquePointer {
        let key = FontKey(size: Int((size * Double(PANGO_SCALE)).rounded()), weight: weight.pango.rawValue)
        if let f = fonts[key] { return f }
        let d = pango_font_description_from_string("Inter, DejaVu Sans")!
        pango_font_description_set_absolute_size(d, Double(key.size))
        pango_font_description_set_weight(d, weight.pango)
        fonts[key] = d
        return d
    }

    /// Lays out a text at a size, wrapped to `width` and cut with "…" after `lines` lines (0: no limit).
    /// With `wordsOnly` lines break only between words (a word wider than `width` then sticks out, which the
    /// caller sees in `width`); without it Pango breaks inside a word when it must.
    func layout(_ text: String, size: Double, weight: TextStyle.Weight, width: Double?, lines: Int, align: TextAlign,
                wordsOnly: Bool = true) -> FittedText {
        let w = width.flatMap { $0.isFinite && $0 < 1e6 ? Int32(max(1, $0) * Double(PANGO_SCALE)) : nil } ?? -1
        let key = LayoutKey(text: text, size: Int((size * 100).rounded()), weight: weight.pango.rawValue, width: w,
                            lines: lines, align: align.rawValue, wordsOnly: wordsOnly)
        if let hit = cache[key] { return hit }
        if cache.count >= cacheLimit {
            for v in cache.values { g_object_unref(UnsafeMutableRawPointer(v.layout)) }
            cache.removeAll(keepingCapacity: true)
            fits.removeAll(keepingCapacity: true)
        }
        let layout = pango_layout_new(context)!
        pango_layout_set_font_description(layout, font(size: size, weight: weight))
        pango_layout_set_width(layout, w)
        pango_layout_set_wrap(layout, wordsOnly ? PANGO_WRAP_WORD : PANGO_WRAP_WORD_CHAR)
        pango_layout_set_alignment(layout, align.pango)
        if lines > 0 {
            pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_END)
            pango_layout_set_height(layout, Int32(-lines))
        }
        text.withCString { pango_layout_set_text(layout, $0, -1) }
        var ink = PangoRectangle()
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, &ink, &logical)
        let scale = Double(PANGO_SCALE)
        let lineCount = Int(pango_layout_get_line_count(layout))
        let fitted = FittedText(layout: layout, x: Double(logical.x) / scale, y: Double(logical.y) / scale,
                                width: Double(logical.width) / scale, height: Double(logical.height) / scale,
                                lineCount: lineCount,
                                isEllipsized: lines > 0 && pango_layout_is_ellipsized(layout) != 0, size: size,
                                isBrokenMidWord: lineCount > 1 && Self.breaksInsideWord(layout, text: text, lineCount: lineCount))
        cache[key] = fitted
        return fitted
    }

    /// Whether a line of the layout starts right after a letter or digit, that is inside a word.
    private static func breaksInsideWord(_ layout: OpaquePointer, text: String, lineCount: Int) -> Bool {
        let bytes = Array(text.utf8)
        for i in 1..<lineCount {
            guard let line = pango_layout_get_line_readonly(layout, Int32(i)) else { continue }
            let start = Int(line.pointee.start_index)
            guard start > 0, start <= bytes.count else { continue }
            // The character before the break: find its first byte (skip UTF-8 continuation bytes).
            var k = start - 1
            while k > 0 && bytes[k] & 0xC0 == 0x80 { k -= 1 }
            let previous = String(decoding: bytes[k..<start], as: UTF8.self)
            if let scalar = previous.unicodeScalars.first, scalar.isAlphanumeric { return true }
        }
        return false
    }
}
