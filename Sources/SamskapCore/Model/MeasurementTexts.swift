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

/// Gives measurements with the same texts one shared copy of them, while a file or an import is read.
public struct MeasurementTextPool {
    private struct Key: Hashable {
        let note: String
        let source: String
        let comment: String
    }

    private var shared: [Key: MeasurementTexts] = [:]

    /// An empty pool.
    public init() {}

    /// A measurement whose texts are the pool's copy of equal texts, added when they are new.
    public mutating func measurement(id: UUID, indicatorID: UUID, date: Day, value: Double?, note: String, source: String,
                                     comment: String) -> Measurement {
        var measurement = Measurement(id: id, indicatorID: indicatorID, date: date, value: value)
        if !(note.isEmpty && source.isEmpty && comment.isEmpty) {
            let key = Key(note: note, source: source, comment: comment)
            if let existing = shared[key] {
                measurement.texts = existing
            } else {
                let texts = MeasurementTexts(note: note, source: source, comment: comment)
                shared[key] = texts
                measurement.texts = texts
            }
        }
        return measurement
    }
}
