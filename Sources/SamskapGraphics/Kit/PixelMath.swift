/// Premultiplied 0xAARRGGBB arithmetic, as pixman does it, for what the canvas writes into pixels itself.
enum PixelMath {
    /// Each channel of a pixel times `a`/255, rounded (two channels per multiply).
    @inline(__always)
    static func scaled(_ p: UInt32, _ a: UInt32) -> UInt32 {
        var rb = (p & 0xFF00FF) &* a &+ 0x80_0080
        rb = ((rb &+ ((rb >> 8) & 0xFF00FF)) >> 8) & 0xFF00FF
        var ag = ((p >> 8) & 0xFF00FF) &* a &+ 0x80_0080
        ag = (ag &+ ((ag >> 8) & 0xFF00FF)) & 0xFF00_FF00
        return rb | ag
    }

    /// A source pixel at a coverage (0–255) over a destination pixel.
    @inline(__always)
    static func over(_ source: UInt32, coverage: UInt32, onto pixel: UInt32) -> UInt32 {
        let s = scaled(source, coverage)
        return s &+ scaled(pixel, 255 - (s >> 24))
    }

    /// A source pixel over a destination pixel.
    @inline(__always)
    static func over(_ s: UInt32, onto pixel: UInt32) -> UInt32 {
        let a = s >> 24
        if a == 255 { return s }
        if a == 0 && s == 0 { return pixel }
        return s &+ scaled(pixel, 255 - a)
    }
}
