import FoundationEssentials

/// A measurement's note, source and comment; immutable, so that measurements which repeat them can share one.
final class MeasurementTexts: Sendable {
    let note: String
    let source: String
    let comment: String

    init(note: String, source: String, comment: String) {
        self.note = note
        self.source = source
        self.comment = comment
    }
}

/// Gives measurements with the same source and comment one shared copy of their texts, while a file is read.
public struct MeasurementTextPool {
    private struct Key: Hashable {
        let source: String
        let comment: String
    }

    private var shared: [Key: MeasurementTexts] = [:]
    private var last: MeasurementTexts?

    /// An empty pool.
    public init() {}

    /// A measurement whose texts are the pool's copy of equal texts, added when they are new.
    public mutating func measurement(id: UUID, indicatorID: UUID, date: Day, value: Double?, note: String, source: String,
                                     comment: String) -> Measurement {
        Measurement(id: id, indicatorID: indicatorID, date: date, value: value,
                    texts: texts(note: note, source: source, comment: comment))
    }

    private mutating func texts(note: String, source: String, comment: String) -> MeasurementTexts? {
        // A note is what one measurement observed, seldom said twice: not worth looking for.
        guard note.isEmpty else { return MeasurementTexts(note: note, source: source, comment: comment) }
        guard !(source.isEmpty && comment.isEmpty) else { return nil }
        // Rows mostly repeat the row before: comparing with it is cheaper than hashing two strings.
        if let last, last.note.isEmpty, last.source == source, last.comment == comment { return last }
        let key = Key(source: source, comment: comment)
        let texts = shared[key] ?? MeasurementTexts(note: "", source: source, comment: comment)
        shared[key] = texts
        last = texts
        return texts
    }
}
