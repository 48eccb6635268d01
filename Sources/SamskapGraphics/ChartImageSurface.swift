import CCairo
import SamskapCore

/// An image surface to draw charts into again and again without reallocating it: for thumbnails and the benchmark.
public final class ChartImageSurface {
    /// Width in pixels.
    public let width: Int
    /// Height in pixels.
    public let height: Int
    private let surface: OpaquePointer
    private let cr: OpaquePointer

    /// Allocates a `width × height` ARGB image.
    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
        surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height))!
        cr = cairo_create(surface)!
    }

    deinit {
        cairo_destroy(cr)
        cairo_surface_destroy(surface)
    }

    /// Draws a chart over the whole image and returns its labels.
    @discardableResult
    public func draw(_ kind: ChartKind, data: ChartData, theme: ChartTheme, language: Language) -> ChartLayout {
        ChartRenderer.draw(kind, data: data, context: cr, width: Double(width), height: Double(height), theme: theme, language: language)
    }

    /// Draws a workshop screen over the whole image and returns what it drew.
    @discardableResult
    public func draw(workshop scene: WorkshopScene, theme: ChartTheme, language: Language) -> WorkshopLayout {
        WorkshopRenderer.draw(scene, context: cr, width: Double(width), height: Double(height), theme: theme, language: language)
    }

    /// Waits until cairo has finished every pending operation (so a timing covers the work).
    public func flush() { cairo_surface_flush(surface) }

    /// The pixels as they are now.
    public var raster: ChartRaster { ChartRaster(surface: surface) }
}
