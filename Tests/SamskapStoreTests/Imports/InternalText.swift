/// Words that belong to the program, not to a message a person reads: type names, decoder dumps, Swift's own texts.
enum InternalText {
    static let markers = ["Swift", "DecodingError", "EncodingError", "Optional(", "The given data", "keyNotFound", "typeMismatch",
                          "valueNotFound", "dataCorrupted", "invalidValue", "CodingKeys", "codingPath", "debugDescription",
                          "underlyingError", "userInfo", "CocoaError", "NSError", "Context(", "_JSON", "Fatal error", "nil)"]

    /// The first marker in the text, or nil when there is none.
    static func found(in text: String) -> String? { markers.first { text.contains($0) } }
}
