import CCairo

/// The pixels of the image surface a canvas draws on one to one, for shapes cairo is slow to rasterise.
///
/// Only where user space maps to whole device pixels on an ARGB32 or RGB24 image with nothing pushed in
/// between (no group, no device scale); SVG and PDF never get one and keep cairo's paths.
/// Sendable so that threads may each write their own rows of it.
struct PixelTarget: @unchecked Sendable {
    private let surface: OpaquePointer
    let data: UnsafeMutablePointer<UInt8>
    let stride: Int
    /// User space to device pixels: a whole-pixel offset.
    let dx: Double, dy: Double
    /// Device pixels drawing may touch: the clip within the surface, half open.
    let x0: Int, y0: Int, x1: Int, y1: Int

    init?(_ cr: OpaquePointer, offset: (Double, Double)) {
        let target = cairo_get_target(cr)!
        guard cairo_get_group_target(cr) == target, cairo_surface_get_type(target) == CAIRO_SURFACE_TYPE_IMAGE else { return nil }
        let format = cairo_image_surface_get_format(target)
        guard format == CAIRO_FORMAT_ARGB32 || format == CAIRO_FORMAT_RGB24 else { return nil }
        var sx = 0.0, sy = 0.0, ox = 0.0, oy = 0.0
        cairo_surface_get_device_scale(target, &sx, &sy)
        cairo_surface_get_device_offset(target, &ox, &oy)
        guard sx == 1, sy == 1, ox == ox.rounded(), oy == oy.rounded() else { return nil }
        cairo_surface_flush(target)
        guard let data = cairo_image_surface_get_data(target) else { return nil }
        surface = target
        self.data = data
        stride = Int(cairo_image_surface_get_stride(target))
        dx = offset.0 + ox
        dy = offset.1 + oy
        // One clip rectangle at most (the chart's bounds); anything rounder stays with cairo.
        guard let list = cairo_copy_clip_rectangle_list(cr) else { return nil }
        defer { cairo_rectangle_list_destroy(list) }
        guard list.pointee.status == CAIRO_STATUS_SUCCESS, list.pointee.num_rectangles <= 1 else { return nil }
        let width = Int(cairo_image_surface_get_width(target)), height = Int(cairo_image_surface_get_height(target))
        if list.pointee.num_rectangles == 1, let c = list.pointee.rectangles?.pointee {
            x0 = max(0, Int((c.x + dx).rounded(.down)))
            y0 = max(0, Int((c.y + dy).rounded(.down)))
            x1 = min(width, Int((c.x + c.width + dx).rounded(.up)))
            y1 = min(height, Int((c.y + c.height + dy).rounded(.up)))
        } else {
            (x0, y0, x1, y1) = (0, 0, 0, 0)
        }
    }

    /// Tells cairo that pixels in a device rectangle changed behind its back.
    func markDirty(_ x: Int, _ y: Int, _ width: Int, _ height: Int) {
        cairo_surface_mark_dirty_rectangle(surface, Int32(x), Int32(y), Int32(width), Int32(height))
    }
}
