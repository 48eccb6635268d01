import CCairo

/// A laid-out text and its logical extents; the layout is owned by the `TextEngine` cache.
struct FittedText {
    /// The Pango layout (owned by the cache; valid while the engine's lock is held).
    let layout: OpaquePointer
    /// Offset of the logical box from the layout origin (non-zero for centred or right-aligned text).
    let x: Double
    /// See `x`.
    let y: Double
    /// Logical width.
    let width: Double
    /// Logical height.
    let height: Double
    /// Lines after wrapping.
    let lineCount: Int
    /// Whether Pango cut the text with "…".
    let isEllipsized: Bool
    /// Font size used.
    let size: Double
    /// Whether a line break fell inside a word.
    let isBrokenMidWord: Bool
}
