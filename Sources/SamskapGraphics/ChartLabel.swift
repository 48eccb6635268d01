/// One drawn text: what it says in full, whether it had to be shortened with "…", and its box.
public struct ChartLabel: Equatable, Hashable, Sendable {
    /// The full text, for a tooltip when the drawn text was shortened.
    public var fullText: String
    /// True when the drawn text ends in "…" because nothing else fitted.
    public var isTruncated: Bool
    /// The box the text occupies (Pango's logical extents).
    public var rect: ChartRect
    /// The font size it was drawn at, after any shrinking.
    public var fontSize: Double
    /// True when a line break fell inside a word ("Kompetansekompl|ementaritet"): only as a last resort.
    public var isBrokenMidWord: Bool

    /// Creates a label record.
    public init(fullText: String, isTruncated: Bool, rect: ChartRect, fontSize: Double, isBrokenMidWord: Bool = false) {
        self.fullText = fullText
        self.isTruncated = isTruncated
        self.rect = rect
        self.fontSize = fontSize
        self.isBrokenMidWord = isBrokenMidWord
    }
}
