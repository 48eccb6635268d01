import SamskapCore

extension FieldTable.Field {
    /// A field that may be left empty (a baseline value, an end date): an empty text clears it, a text that does
    /// not read is kept with `notRead`'s message.
    public static func optional<Value>(_ path: WritableKeyPath<Record, Value?>, text: @escaping (Value?) -> String,
                                parse: @escaping (String) -> Value?, notRead: @escaping (String) -> String) -> Self {
        Self(text: { text($0[keyPath: path]) }, read: { record, typed in
            let trimmed = typed.trimmingSpaces()
            if trimmed.isEmpty {
                record[keyPath: path] = nil
                return nil
            }
            guard let value = parse(trimmed) else { return notRead(trimmed) }
            record[keyPath: path] = value
            return nil
        })
    }

    /// A field that must hold a value (a round's date): a text that does not read, the empty one included, is kept
    /// with `notRead`'s message.
    public static func required<Value>(_ path: WritableKeyPath<Record, Value>, text: @escaping (Value) -> String,
                                parse: @escaping (String) -> Value?, notRead: @escaping (String) -> String) -> Self {
        Self(text: { text($0[keyPath: path]) }, read: { record, typed in
            let trimmed = typed.trimmingSpaces()
            guard let value = parse(trimmed) else { return notRead(trimmed) }
            record[keyPath: path] = value
            return nil
        })
    }
}
