import CCairo
import FoundationEssentials
import SamskapCore

/// Writes a chart to PNG, SVG or PDF with the same draw function the screen uses.
public enum ChartExport {
    /// Sizes the export accepts, per side.
    public static let sizeRange: ClosedRange<Double> = 100...10_000

    /// Writes `kind` to `url` at `width`×`height` (pixels for PNG, points for SVG and PDF), through `ExportTarget`:
    /// never over a folder, a project file or one of `sources`.
    /// The format comes from `format`, or else from the file's extension (PNG when unknown).
    @discardableResult
    public static func write(_ kind: ChartKind, data: ChartData, to url: URL, format: ChartFormat? = nil,
                             width: Double, height: Double, theme: ChartTheme, language: Language,
                             protecting sources: [URL] = []) throws -> ChartLayout {
        guard sizeRange.contains(width), sizeRange.contains(height) else { throw ChartExportError.badSize(width, height) }
        let target = try ExportTarget(url, protecting: sources)
        let chosen = format ?? ChartFormat(pathExtension: url.pathExtension) ?? .png
        switch chosen {
        case .png:
            let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width.rounded()), Int32(height.rounded()))!
            defer { cairo_surface_destroy(surface) }
            let layout = try paint(kind, data: data, surface: surface, width: width, height: height, theme: theme, language: language, path: url.path)
            try target.write(privacy: .shared) { temporary in
                let status = cairo_surface_write_to_png(surface, temporary)
                guard status == CAIRO_STATUS_SUCCESS else { throw ChartExportError.cairo(url.path, String(cString: cairo_status_to_string(status))) }
            }
            return layout
        case .svg:
            let svg = try svgData(kind, data: data, width: width, height: height, theme: theme, language: language)
            try target.write(svg.bytes, privacy: .shared)
            return svg.layout
        case .pdf:
            var layout: ChartLayout?
            try target.write(privacy: .shared) { temporary in
                guard let surface = cairo_pdf_surface_create(temporary, width, height) else { throw ChartExportError.cairo(url.path, "no surface") }
                defer { cairo_surface_destroy(surface) }
                cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, kind.title.text(language))
                cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Samskap")
                layout = try paint(kind, data: data, surface: surface, width: width, height: height, theme: theme, language: language, path: url.path)
                cairo_surface_finish(surface)
                let status = cairo_surface_status(surface)
                guard status == CAIRO_STATUS_SUCCESS else { throw ChartExportError.cairo(url.path, String(cString: cairo_status_to_string(status))) }
            }
            return layout!
        }
    }

    /// The chart as SVG bytes. Identical input gives identical bytes: cairo numbers its internal surfaces
    /// with a process-wide counter, so those ids are renumbered in order of appearance.
    public static func svgData(_ kind: ChartKind, data: ChartData, width: Double, height: Double, theme: ChartTheme,
                               language: Language) throws -> (bytes: Data, layout: ChartLayout) {
        let sink = SVGSink()
        let box = Unmanaged.passRetained(sink)
        defer { box.release() }
        guard let surface = cairo_svg_surface_create_for_stream({ closure, bytes, length in
            guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
            Unmanaged<SVGSink>.fromOpaque(closure).takeUnretainedValue().bytes.append(bytes, count: Int(length))
            return CAIRO_STATUS_SUCCESS
        }, box.toOpaque(), width, height) else { throw ChartExportError.cairo("svg", "no surface") }
        cairo_svg_surface_restrict_to_version(surface, CAIRO_SVG_VERSION_1_2)
        let layout: ChartLayout
        do {
            defer { cairo_surface_destroy(surface) }
            layout = try paint(kind, data: data, surface: surface, width: width, height: height, theme: theme, language: language, path: "svg")
            cairo_surface_finish(surface)
        }
        return (SVGSink.normalised(sink.bytes), layout)
    }

    /// Draws a chart into pixels without a file: for tests, the benchmark and thumbnails.
    public static func raster(_ kind: ChartKind, data: ChartData, width: Int, height: Int, theme: ChartTheme,
                              language: Language) -> (raster: ChartRaster, layout: ChartLayout) {
        let image = ChartImageSurface(width: width, height: height)
        let layout = image.draw(kind, data: data, theme: theme, language: language)
        return (image.raster, layout)
    }

    private static func paint(_ kind: ChartKind, data: ChartData, surface: OpaquePointer, width: Double, height: Double,
                              theme: ChartTheme, language: Language, path: String) throws -> ChartLayout {
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else { throw ChartExportError.cairo(path, String(cString: cairo_status_to_string(status))) }
        let cr = cairo_create(surface)!
        defer { cairo_destroy(cr) }
        let layout = ChartRenderer.draw(kind, data: data, context: cr, width: width, height: height, theme: theme, language: language)
        cairo_show_page(cr)
        return layout
    }
}
