import FoundationEssentials

/// One value of a JSON file as it is written there, read only where a message quotes the file.
enum JSONValue: Decodable, Equatable, CustomStringConvertible {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    /// The value read from the bytes of one value, as `JSONSyntax.topLevelMembers` finds them.
    init(decoding bytes: Data) throws {
        self = try JSONDecoder().decode(JSONValue.self, from: bytes)
    }

    /// The value as a message shows it: a text as it is, a whole number without decimals.
    var description: String {
        switch self {
        case .null: "null"
        case let .bool(value): "\(value)"
        case let .number(value): value == value.rounded() && abs(value) < 1e15 ? "\(Int64(value))" : "\(value)"
        case let .string(value): value
        case let .array(values): "[" + values.map(\.quoted).joined(separator: ", ") + "]"
        case let .object(members): "[" + members.sorted { $0.key < $1.key }.map { "\"\($0.key)\": \($0.value.quoted)" }.joined(separator: ", ") + "]"
        }
    }

    private var quoted: String {
        if case let .string(value) = self { return "\"\(value)\"" }
        return description
    }

    /// The value at a decoder's coding path in the file, or nil when there is none there. Walks down the path
    /// without decoding anything beside it, so that quoting a value in a large file costs little.
    static func at(_ path: [CodingKey], in data: Data) -> JSONValue? {
        let decoder = JSONDecoder()
        decoder.userInfo[PathWalker.path] = path.map { key in key.intValue.map(Step.index) ?? .key(key.stringValue) }
        return (try? decoder.decode(PathWalker.self, from: data))?.value
    }

    private enum Step: Sendable {
        case index(Int)
        case key(String)
    }

    private struct PathWalker: Decodable {
        static let path = CodingUserInfoKey(rawValue: "samskap.jsonPath")!
        let value: JSONValue

        init(from decoder: Decoder) throws {
            var decoder = decoder
            for step in decoder.userInfo[Self.path] as? [Step] ?? [] {
                switch step {
                case let .index(index):
                    var list = try decoder.unkeyedContainer()
                    for _ in 0..<index { _ = try list.decode(Skipped.self) }
                    decoder = try list.superDecoder()
                case let .key(name):
                    let object = try decoder.container(keyedBy: AnyKey.self)
                    guard object.contains(AnyKey(name)) else { throw DecodingError.keyNotFound(AnyKey(name), .init(codingPath: [], debugDescription: "")) }
                    decoder = try object.superDecoder(forKey: AnyKey(name))
                }
            }
            value = try JSONValue(from: decoder)
        }
    }

    /// A value passed over on the way down.
    private struct Skipped: Decodable {
        init(from decoder: Decoder) {}
    }

    private struct AnyKey: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(_ name: String) { stringValue = name }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
