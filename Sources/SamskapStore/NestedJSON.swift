import FoundationEssentials

/// The small lists a record owns outright (anchor points, staircase, target groups, activities, phase history),
/// kept as JSON text in one column: read and written whole, never queried, always in step with the model's Codable.
enum NestedJSON {
    static func encode<T: Encodable>(_ value: [T]) throws -> String {
        if value.isEmpty { return "[]" }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func decode<T: Decodable>(_ type: [T].Type, from text: String) throws -> [T] {
        // Most lists are empty: skip the decoder for them (it shows in the load time of a large project).
        if text == "[]" || text.isEmpty { return [] }
        return try JSONDecoder().decode(type, from: Data(text.utf8))
    }

    /// One record as JSON text (a workshop screen's settings).
    static func encodeOne<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// One record read back from `encodeOne`'s text.
    static func decodeOne<T: Decodable>(_ type: T.Type, from text: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(text.utf8))
    }
}
