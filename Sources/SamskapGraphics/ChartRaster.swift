import CCairo
import FoundationEssentials

/// A chart's pixels, premultiplied ARGB as cairo keeps them, one `UInt32` per pixel, row by row.
public struct ChartRaster: Equatable, Sendable {
    /// Width in pixels.
    public let width: Int
    /// Height in pixels.
    public let height: Int
    /// Pixels, `width × height`, each 0xAARRGGBB.
    public let pixels: [UInt32]

    /// Pixels given row by row (`width × height` of them), e.g. an image changed on purpose in a test.
    public init(width: Int, height: Int, pixels: [UInt32]) {
        precondition(pixels.count == width * height, "\(pixels.count) pixels for \(width) × \(height)")
        self.width = width
        self.height = height
        self.pixels = pixels
    }

    /// Copies the pixels out of an image surface.
    init(surface: OpaquePointer) {
        cairo_surface_flush(surface)
        width = Int(cairo_image_surface_get_width(surface))
        height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        var out = [UInt32](repeating: 0, count: width * height)
        if let base = cairo_image_surface_get_data(surface), width > 0 {
            for y in 0..<height {
                let row = UnsafeRawPointer(base + y * stride).assumingMemoryBound(to: UInt32.self)
                for x in 0..<width { out[y * width + x] = row[x] }
            }
        }
        pixels = out
    }

    /// Reads a PNG file; nil when it cannot be read.
    public init?(pngAt url: URL) {
        guard let surface = cairo_image_surface_create_from_png(url.path) else { return nil }
        defer { cairo_surface_destroy(surface) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else { return nil }
        // Normalise to ARGB32 so every PNG compares like a rendered chart.
        let converted = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, cairo_image_surface_get_width(surface), cairo_image_surface_get_height(surface))!
        defer { cairo_surface_destroy(converted) }
        let cr = cairo_create(converted)!
        cairo_set_source_surface(cr, surface, 0, 0)
        cairo_paint(cr)
        cairo_destroy(cr)
        self.init(surface: converted)
    }

    /// Writes the pixels as PNG.
    public func writePNG(to url: URL) throws {
        let stride = Int(cairo_format_stride_for_width(CAIRO_FORMAT_ARGB32, Int32(width)))
        let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height))!
        defer { cairo_surface_destroy(surface) }
        cairo_surface_flush(surface)
        if let base = cairo_image_surface_get_data(surface) {
            for y in 0..<height {
                let row = UnsafeMutableRawPointer(base + y * stride).assumingMemoryBound(to: UInt32.self)
                for x in 0..<width { row[x] = pixels[y * width + x] }
            }
        }
        cairo_surface_mark_dirty(surface)
        let status = cairo_surface_write_to_png(surface, url.path)
        guard status == CAIRO_STATUS_SUCCESS else { throw ChartExportError.cairo(url.path, String(cString: cairo_status_to_string(status))) }
    }

    /// How many pixels differ by more than `tolerance` (0–255) in any channel; sizes must match.
    public func differingPixels(from other: ChartRaster, tolerance: Int) -> Int? {
        guard width == other.width, height == other.height else { return nil }
        var count = 0
        for i in 0..<pixels.count where pixels[i] != other.pixels[i] {
            let a = pixels[i], b = other.pixels[i]
            for shift in stride(from: 0, through: 24, by: 8) {
                let d = abs(Int((a >> UInt32(shift)) & 0xFF) - Int((b >> UInt32(shift)) & 0xFF))
                if d > tolerance { count += 1; break }
            }
        }
        return count
    }
}
