import FoundationEssentials
import SamskapCore

/// The JSON schema of the exchange format (`data/schema/project-v1.schema.json`), applied by the app itself before a
/// file is decoded, so that import refuses exactly what the schema forbids and names the place: a number outside its
/// range, a fraction where a whole number belongs, a date or id of the wrong shape, an unknown (misspelt) key, a key
/// written twice, a value of the wrong kind. The app reads the schema from that file (installed with the model content),
/// so the format is described in one place.
///
/// Only the keywords the schema uses are understood: `$ref` (to `$defs`), `type`, `enum`, `const`, `pattern` (the two
/// it has), `minimum`, `maximum`, `properties`, `required`, `additionalProperties: false`, `items`, `uniqueItems`,
/// `anyOf`. The schema is compiled once into `Rule`s with every `$ref` resolved, since a large project's file has
/// a million values to check.
enum ExchangeSchema {
    /// The kinds of JSON value a rule allows.
    struct Kinds: OptionSet, Sendable {
        let rawValue: UInt8
        static let null = Kinds(rawValue: 1), boolean = Kinds(rawValue: 2), string = Kinds(rawValue: 4), number = Kinds(rawValue: 8)
        static let integer = Kinds(rawValue: 16), array = Kinds(rawValue: 32), object = Kinds(rawValue: 64)
        static let any = Kinds(rawValue: 127)

        init(rawValue: UInt8) { self.rawValue = rawValue }

        init(name: String) {
            switch name {
            case "null": self = .null
            case "boolean": self = .boolean
            case "string": self = .string
            case "number": self = .number
            case "integer": self = .integer
            case "array": self = .array
            case "object": self = .object
            default: self = []
            }
        }

        /// The first kind named, for "should be a text".
        var name: LocalizedText {
            if contains(.string) { return LocalizedText("a text") }
            if contains(.integer) || contains(.number) { return LocalizedText("a number") }
            if contains(.boolean) { return LocalizedText("true or false") }
            if contains(.array) { return LocalizedText("a list") }
            if contains(.object) { return LocalizedText("an object") }
            return LocalizedText("null")
        }
    }

    /// The patterns the schema uses, each checked by hand (no regular expressions: a file holds many thousand ids).
    enum Pattern: String, CaseIterable, Sendable {
        case day = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
        case uuid = "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"

        func matches(_ text: String) -> Bool {
            var count = 0
            for byte in text.utf8 {
                let ok: Bool
                switch (self, count) {
                case (.day, 4), (.day, 7), (.uuid, 8), (.uuid, 13), (.uuid, 18), (.uuid, 23): ok = byte == UInt8(ascii: "-")
                case (.day, _): ok = ExchangeSchema.isDigit(byte)
                case (.uuid, _): ok = ExchangeSchema.isDigit(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte | 0x20)
                }
                guard ok else { return false }
                count += 1
            }
            return count == (self == .day ? 10 : 36)
        }

        func problem(_ text: String) -> ExchangeError.Problem {
            self == .day ? .notADate(text) : .notAnID(text)
        }
    }

    /// One schema, compiled: what a value at its place must be.
    final class Rule: Sendable {
        let kinds: Kinds
        let enumValues: Set<String>?
        let constant: JSONNode?
        let pattern: Pattern?
        let minimum: Double?
        let maximum: Double?
        let properties: [String: Rule]
        let required: [String]
        let closed: Bool
        let items: Rule?
        let uniqueItems: Bool
        let anyOf: [Rule]

        init(kinds: Kinds = .any, enumValues: Set<String>? = nil, constant: JSONNode? = nil, pattern: Pattern? = nil,
             minimum: Double? = nil, maximum: Double? = nil, properties: [String: Rule] = [:], required: [String] = [],
             closed: Bool = false, items: Rule? = nil, uniqueItems: Bool = false, anyOf: [Rule] = []) {
            self.kinds = kinds
            self.enumValues = enumValues
            self.constant = constant
            self.pattern = pattern
            self.minimum = minimum
            self.maximum = maximum
            self.properties = properties
            self.required = required
            self.closed = closed
            self.items = items
            self.uniqueItems = uniqueItems
            self.anyOf = anyOf
        }

        /// Whether the rule allows only `null` (one branch of "this, or null").
        var isOnlyNull: Bool { kinds == .null }
    }

    /// The schema's file.
    static var file: URL { ResourceLocator.standard.data.appendingPathComponent("schema/project-v1.schema.json") }

    /// The root rule, compiled once; nil when the schema's file cannot be read: then nothing is imported, since
    /// nothing could be checked.
    private static let root: Rule? = {
        guard let data = try? Data(contentsOf: file), let node = JSONNode.parse(data) else { return nil }
        var compiler = Compiler(root: node)
        return compiler.compile(node)
    }()

    static func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }

    /// Whether the app can check the pattern (every pattern in the schema must be one of these).
    static func knows(pattern: String) -> Bool { Pattern(rawValue: pattern) != nil }

    /// Refuses a key written twice in any object of the file, before anything reads one of them.
    static func checkDuplicateKeys(_ node: JSONNode) throws(ExchangeError) {
        var checker = Checker()
        try checker.duplicates(node)
    }

    /// Checks a parsed file against the schema (duplicate keys are `checkDuplicateKeys`'s).
    static func validate(_ node: JSONNode) throws(ExchangeError) {
        guard let root else { throw ExchangeError(path: "", problem: .noSchema(file.path)) }
        var checker = Checker()
        try checker.check(node, root)
    }

    /// Turns the schema's JSON into rules, resolving each `$ref` once.
    private struct Compiler {
        let definitions: [String: JSONNode]
        var done: [String: Rule] = [:]

        init(root: JSONNode) {
            var definitions: [String: JSONNode] = [:]
            if case let .object(members) = root, case let .object(list)? = members.first(where: { $0.key == "$defs" })?.value {
                for member in list { definitions[member.key] = member.value }
            }
            self.definitions = definitions
        }

        mutating func compile(_ node: JSONNode) -> Rule {
            guard case let .object(members) = node else { return Rule() }
            // A reference stands for the definition (the schema puts nothing beside a `$ref` that matters here).
            if case let .string(ref)? = members.first(where: { $0.key == "$ref" })?.value, let name = ref.split(separator: "/").last.map(String.init) {
                if let rule = done[name] { return rule }
                let rule = definitions[name].map { compile($0) } ?? Rule()
                done[name] = rule
                return rule
            }
            var kinds = Kinds.any, enumValues: Set<String>?, constant: JSONNode?, pattern: Pattern?, minimum: Double?, maximum: Double?
            var properties: [String: Rule] = [:], required: [String] = [], closed = false, items: Rule?, uniqueItems = false
            var anyOf: [Rule] = []
            for member in members {
                switch (member.key, member.value) {
                case let ("type", .string(type)): kinds = Kinds(name: type)
                case let ("type", .array(types)):
                    kinds = types.reduce(into: Kinds()) { if case let .string(t) = $1 { $0.formUnion(Kinds(name: t)) } }
                case let ("enum", .array(values)): enumValues = Set(values.compactMap { if case let .string(v) = $0 { v } else { nil } })
                case let ("const", value): constant = value
                case let ("pattern", .string(text)): pattern = Pattern(rawValue: text)
                case let ("minimum", .number(text)): minimum = Double(text)
                case let ("maximum", .number(text)): maximum = Double(text)
                case let ("properties", .object(list)):
                    for property in list { properties[property.key] = compile(property.value) }
                case let ("required", .array(names)): required = names.compactMap { if case let .string(n) = $0 { n } else { nil } }
                case ("additionalProperties", .bool(false)): closed = true
                case let ("items", value): items = compile(value)
                case ("uniqueItems", .bool(true)): uniqueItems = true
                case let ("anyOf", .array(branches)): anyOf = branches.map { compile($0) }
                default: break
                }
            }
            return Rule(kinds: kinds, enumValues: enumValues, constant: constant, pattern: pattern, minimum: minimum, maximum: maximum,
                        properties: properties, required: required, closed: closed, items: items, uniqueItems: uniqueItems, anyOf: anyOf)
        }
    }

    /// Walks the file beside the schema, keeping the place it is at for the message.
    private struct Checker {
        private enum Step {
            case key(String)
            case index(Int)
        }

        private var path: [Step] = []

        /// The place as people read it: `answers[3].experience`, without the leading `document`.
        private var place: String {
            var text = ""
            for (n, step) in path.enumerated() {
                switch step {
                case let .index(i): text += "[\(i)]"
                case let .key(k) where n == 0 && k == "document": continue
                case let .key(k): text += text.isEmpty ? k : ".\(k)"
                }
            }
            return text
        }

        private func fail(_ problem: ExchangeError.Problem) -> ExchangeError { ExchangeError(path: place, problem: problem) }

        mutating func duplicates(_ node: JSONNode) throws(ExchangeError) {
            switch node {
            case let .object(members):
                // Objects are small: comparing each key with those before it costs less than hashing them.
                for i in members.indices {
                    for j in 0..<i where members[j].key == members[i].key { throw fail(.duplicateKey(members[i].key)) }
                }
                for member in members {
                    path.append(.key(member.key))
                    try duplicates(member.value)
                    path.removeLast()
                }
            case let .array(items):
                for (i, item) in items.enumerated() {
                    path.append(.index(i))
                    try duplicates(item)
                    path.removeLast()
                }
            default: break
            }
        }

        mutating func check(_ node: JSONNode, _ rule: Rule) throws(ExchangeError) {
            if !rule.anyOf.isEmpty {
                // Report what the branch the value was meant for says, not that it is not `null`.
                var reported: ExchangeError?
                for branch in rule.anyOf {
                    let depth = path.count
                    do throws(ExchangeError) {
                        try check(node, branch)
                        return
                    } catch {
                        path.removeSubrange(depth...)
                        if reported == nil && !branch.isOnlyNull { reported = error }
                    }
                }
                throw reported ?? fail(.wrongType(Kinds.null.name))
            }
            switch node {
            case .null:
                guard rule.kinds.contains(.null) else { throw fail(.wrongType(rule.kinds.name)) }
            case .bool:
                guard rule.kinds.contains(.boolean) else { throw fail(.wrongType(rule.kinds.name)) }
            case let .string(text):
                guard rule.kinds.contains(.string) else { throw fail(.wrongType(rule.kinds.name)) }
                if let values = rule.enumValues, !values.contains(text) { throw fail(.unknownValue(text)) }
                if let pattern = rule.pattern, !pattern.matches(text) { throw fail(pattern.problem(text)) }
            case let .number(text):
                if !rule.kinds.contains(.number) {
                    guard rule.kinds.contains(.integer) else { throw fail(.wrongType(rule.kinds.name)) }
                    guard Self.isIntegerText(text) else { throw fail(.notAWholeNumber(text)) }
                    guard Int(text) != nil else { throw fail(.outOfRange(text, minimum: rule.minimum, maximum: rule.maximum)) }
                }
                if rule.minimum != nil || rule.maximum != nil, let value = Double(text),
                   rule.minimum.map({ value < $0 }) == true || rule.maximum.map({ value > $0 }) == true {
                    throw fail(.outOfRange(text, minimum: rule.minimum, maximum: rule.maximum))
                }
            case let .object(members):
                guard rule.kinds.contains(.object) else { throw fail(.wrongType(rule.kinds.name)) }
                for member in members {
                    if let property = rule.properties[member.key] {
                        path.append(.key(member.key))
                        try check(member.value, property)
                        path.removeLast()
                    } else if rule.closed {
                        throw fail(.unknownKey(member.key))
                    }
                }
                for key in rule.required where !members.contains(where: { $0.key == key }) {
                    path.append(.key(key))
                    throw fail(.missing)
                }
            case let .array(items):
                guard rule.kinds.contains(.array) else { throw fail(.wrongType(rule.kinds.name)) }
                guard let itemRule = rule.items else { break }
                var seen = Set<String>()
                for (i, item) in items.enumerated() {
                    path.append(.index(i))
                    try check(item, itemRule)
                    if rule.uniqueItems, case let .string(text) = item, !seen.insert(text).inserted { throw fail(.duplicateItem(text)) }
                    path.removeLast()
                }
            }
            if let constant = rule.constant, !Self.equal(node, constant) { throw fail(.unknownValue(node.shown)) }
        }

        /// `-?digits`: a whole number as written, without fraction or exponent (`4.0` is refused, as the decoder would).
        private static func isIntegerText(_ text: String) -> Bool {
            var digits = 0
            for (i, byte) in text.utf8.enumerated() {
                if i == 0 && byte == UInt8(ascii: "-") { continue }
                guard ExchangeSchema.isDigit(byte) else { return false }
                digits += 1
            }
            return digits > 0
        }

        private static func equal(_ a: JSONNode, _ b: JSONNode) -> Bool {
            switch (a, b) {
            case let (.string(x), .string(y)): x == y
            case let (.number(x), .number(y)): Double(x) == Double(y)
            case let (.bool(x), .bool(y)): x == y
            case (.null, .null): true
            default: false
            }
        }
    }
}
