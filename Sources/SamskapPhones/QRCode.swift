import CCairo
import CQrencode

/// A QR code of a text (the join URL), encoded by libqrencode and drawn with cairo: black modules on white with a
/// quiet zone of four modules, the standard's minimum, since a projector's dark surround is no quiet zone.
public struct QRCode: Sendable {
    /// Modules per side, without the quiet zone.
    public let width: Int
    /// Row-major, true for a dark module.
    public let modules: [Bool]
    /// Modules of white around the code.
    public static let quietZone = 4

    /// Encodes the text with error correction M (a smudged screen or a shaky hand still scans); nil when too long.
    public init?(_ text: String) {
        guard let code = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1) else { return nil }
        defer { QRcode_free(code) }
        let side = Int(code.pointee.width)
        width = side
        modules = (0..<side * side).map { code.pointee.data[$0] & 1 == 1 }
    }

    /// Draws the code, quiet zone included, into the square at (x, y) of `size` points, modules on whole pixels
    /// where the size allows so that the edges stay sharp.
    public func draw(_ cr: OpaquePointer, x: Double, y: Double, size: Double) {
        let total = width + 2 * Self.quietZone
        let module = max(1, (size / Double(total)).rounded(.down))
        let origin = (x + (size - module * Double(total)) / 2).rounded(.down), top = (y + (size - module * Double(total)) / 2).rounded(.down)
        cairo_save(cr)
        cairo_set_source_rgb(cr, 1, 1, 1)
        cairo_rectangle(cr, x, y, size, size)
        cairo_fill(cr)
        cairo_set_source_rgb(cr, 0, 0, 0)
        for row in 0..<width {
            for column in 0..<width where modules[row * width + column] {
                cairo_rectangle(cr, origin + Double(column + Self.quietZone) * module, top + Double(row + Self.quietZone) * module,
                                module, module)
            }
        }
        cairo_fill(cr)
        cairo_restore(cr)
    }

    /// Writes the code as a square PNG of `pixels` per side (1,000 px fills a projected screen's height: a phone
    /// scans it from the back of a room of 40). Returns false when the file cannot be written.
    public func writePNG(to path: String, pixels: Int = 1000) -> Bool {
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(pixels), Int32(pixels)) else { return false }
        defer { cairo_surface_destroy(surface) }
        guard let cr = cairo_create(surface) else { return false }
        draw(cr, x: 0, y: 0, size: Double(pixels))
        cairo_destroy(cr)
        cairo_surface_flush(surface)
        return cairo_surface_write_to_png(surface, path) == CAIRO_STATUS_SUCCESS
    }
}
