import CCairo

/// The structure element a block is in the tagged PDF, so that a screen reader reads the report in order, knows its
/// headings, tables and lists, and hears each chart described (Norwegian public bodies publish universally designed
/// documents). cairo writes the tags as a structure tree; other surfaces ignore them.
enum ReportStructure: Equatable {
    /// Drawing with no meaning of its own (bands, rules): left out of the structure.
    case decoration
    /// A paragraph or a line of text.
    case paragraph
    /// A heading of the given level (1–3).
    case heading(Int)
    /// A chart or other picture, with the text read in its place.
    case figure(alt: String)

    /// The standard structure type, or nil for decoration.
    var tag: String? {
        switch self {
        case .decoration: nil
        case .paragraph: "P"
        case let .heading(level): "H\(min(max(level, 1), 6))"
        case .figure: "Figure"
        }
    }

    /// Runs `body` inside the element's tag.
    func wrap(_ cr: OpaquePointer, _ body: () -> Void) {
        guard let tag else { return body() }
        cairo_tag_begin(cr, tag, "")
        body()
        cairo_tag_end(cr, tag)
    }
}
