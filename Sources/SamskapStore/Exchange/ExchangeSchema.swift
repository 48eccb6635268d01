import FoundationEssentials
import SamskapCore

/// The JSON schema of the exchange format (`data/schema/project-v1.schema.json`), applied by the app itself before a
/// file is decoded, so that import refuses exactly what the schema forbids and names the place: a number outside its
/// range, a fraction where a whole number belongs, a date or id of the wrong shape, an unknown (misspelt) key, a key
/// written twice, a value of the wrong kind. The schema text is `ExchangeSchema.text`; a test keeps it equal to the file.
///
/// Only the keywords the schema uses are understood: `$ref`, `type`, `enum`, `const`, `pattern` (the two it has),
/// `minimum`, `maximum`, `properties`, `required`, `additionalProperties: false`, `items`, `uniqueItems`, `anyOf`.
enum ExchangeSchema {
    /// One schema, compiled from its JSON.
    struct Rule: Sendable {
        var ref: String?
        var types: [String] = []
        var enumValues: [String]?
        var constant: JSONNode?
        var pattern: String?
        var minimum: Double?
        var maximum: Double?
        var properties: [String: Rule] = [:]
        var required: [String] = []
        var closed = false
        /// The schema of the items, when there is one (an array of at most one, since a struct cannot hold itself).
        var items: [Rule] = []
        var uniqueItems = false
        var anyOf: [Rule] = []
    }

    /// The root rule and the named definitions.
    private static let compiled: (root: Rule, defs: [String: Rule]) = {
        guard let node = JSONNode.parse(Data(text.utf8)), case let .object(members) = node else { return (Rule(), [:]) }
        var defs: [String: Rule] = [:]
        if case let .object(list)? = members.first(where: { $0.key == "$defs" })?.value {
            for member in list { defs[member.key] = compile(member.value) }
        }
        return (compile(node), defs)
    }()

    /// The patterns the schema uses, each with its check and the problem it reports.
    private static let patterns: [String: (check: @Sendable (String) -> Bool, problem: @Sendable (String) -> ExchangeError.Problem)] = [
        "^[0-9]{4}-[0-9]{2}-[0-9]{2}$": ({ text in
            let b = Array(text.utf8)
            return b.count == 10 && b.indices.allSatisfy { i in i == 4 || i == 7 ? b[i] == UInt8(ascii: "-") : isDigit(b[i]) }
        }, { .notADate($0) }),
        "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$": ({ text in
            let b = Array(text.utf8)
            return b.count == 36 && b.indices.allSatisfy { i in
                [8, 13, 18, 23].contains(i) ? b[i] == UInt8(ascii: "-") : isDigit(b[i]) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(b[i] | 0x20)
            }
        }, { .notAnID($0) }),
    ]

    private static func isDigit(_ b: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b) }

    /// Whether the app can check the pattern (every pattern in the schema must be one of these).
    static func knows(pattern: String) -> Bool { patterns[pattern] != nil }

    /// Refuses a key written twice in any object of the file, before anything reads one of them.
    static func checkDuplicateKeys(_ node: JSONNode) throws(ExchangeError) {
        var checker = Checker(defs: compiled.defs)
        try checker.duplicates(node)
    }

    /// Checks a parsed file against the schema (duplicate keys are `checkDuplicateKeys`'s).
    static func validate(_ node: JSONNode) throws(ExchangeError) {
        var checker = Checker(defs: compiled.defs)
        try checker.check(node, compiled.root)
    }

    private static func compile(_ node: JSONNode) -> Rule {
        var rule = Rule()
        guard case let .object(members) = node else { return rule }
        for member in members {
            switch (member.key, member.value) {
            case let ("$ref", .string(ref)): rule.ref = ref.components(separatedBy: "/").last
            case let ("type", .string(type)): rule.types = [type]
            case let ("type", .array(types)): rule.types = types.compactMap { if case let .string(t) = $0 { t } else { nil } }
            case let ("enum", .array(values)): rule.enumValues = values.compactMap { if case let .string(v) = $0 { v } else { nil } }
            case let ("const", value): rule.constant = value
            case let ("pattern", .string(pattern)): rule.pattern = pattern
            case let ("minimum", .number(text)): rule.minimum = Double(text)
            case let ("maximum", .number(text)): rule.maximum = Double(text)
            case let ("properties", .object(properties)):
                for property in properties { rule.properties[property.key] = compile(property.value) }
            case let ("required", .array(names)): rule.required = names.compactMap { if case let .string(n) = $0 { n } else { nil } }
            case ("additionalProperties", .bool(false)): rule.closed = true
            case let ("items", items): rule.items = [compile(items)]
            case ("uniqueItems", .bool(true)): rule.uniqueItems = true
            case let ("anyOf", .array(branches)): rule.anyOf = branches.map(compile)
            default: break
            }
        }
        return rule
    }

    /// Walks the file beside the schema, keeping the place it is at for the message.
    private struct Checker {
        let defs: [String: Rule]
        var path: [PathStep] = []

        enum PathStep {
            case key(String)
            case index(Int)
        }

        init(defs: [String: Rule]) { self.defs = defs }

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
                var seen = Set<String>()
                seen.reserveCapacity(members.count)
                for member in members where !seen.insert(member.key).inserted { throw fail(.duplicateKey(member.key)) }
                for member in members {
                    path.append(.key(member.key))
                    defer { path.removeLast() }
                    try duplicates(member.value)
                }
            case let .array(items):
                for (i, item) in items.enumerated() {
                    path.append(.index(i))
                    defer { path.removeLast() }
                    try duplicates(item)
                }
            default: break
            }
        }

        mutating func check(_ node: JSONNode, _ given: Rule) throws(ExchangeError) {
            var rule = given
            if let ref = rule.ref, let target = defs[ref] { rule = target }
            if !rule.anyOf.isEmpty {
                // Report what the branch the value was meant for says, not that it is not `null`.
                var reported: ExchangeError?
                for branch in rule.anyOf {
                    do throws(ExchangeError) {
                        try check(node, branch)
                        return
                    } catch {
                        if reported == nil && !onlyNull(branch) { reported = error }
                    }
                }
                throw reported ?? fail(.wrongType(Self.kindName("null")))
            }
            if !rule.types.isEmpty && !rule.types.contains(where: { Self.matches(node, $0) }) {
                if case let .number(text) = node, rule.types.contains("integer") {
                    if Self.isIntegerText(text) { throw fail(.outOfRange(text, minimum: rule.minimum, maximum: rule.maximum)) }
                    throw fail(.notAWholeNumber(text))
                }
                throw fail(.wrongType(Self.kindName(rule.types.first { $0 != "null" } ?? "null")))
            }
            if let constant = rule.constant, !Self.equal(node, constant) { throw fail(.unknownValue(node.shown)) }
            switch node {
            case let .string(text):
                if let values = rule.enumValues, !values.contains(text) { throw fail(.unknownValue(text)) }
                if let pattern = rule.pattern, let known = ExchangeSchema.patterns[pattern], !known.check(text) { throw fail(known.problem(text)) }
            case let .number(text):
                if let value = Double(text), rule.minimum.map({ value < $0 }) == true || rule.maximum.map({ value > $0 }) == true {
                    throw fail(.outOfRange(text, minimum: rule.minimum, maximum: rule.maximum))
                }
            case let .object(members):
                for member in members {
                    if let property = rule.properties[member.key] {
                        path.append(.key(member.key))
                        defer { path.removeLast() }
                        try check(member.value, property)
                    } else if rule.closed {
                        throw fail(.unknownKey(member.key))
                    }
                }
                for key in rule.required where !members.contains(where: { $0.key == key }) {
                    path.append(.key(key))
                    defer { path.removeLast() }
                    throw fail(.missing)
                }
            case let .array(items):
                guard let itemRule = rule.items.first else { break }
                var seen = Set<String>()
                for (i, item) in items.enumerated() {
                    path.append(.index(i))
                    defer { path.removeLast() }
                    try check(item, itemRule)
                    if rule.uniqueItems, case let .string(text) = item, !seen.insert(text).inserted { throw fail(.duplicateItem(text)) }
                }
            default: break
            }
        }

        private func onlyNull(_ rule: Rule) -> Bool { rule.ref == nil && rule.types == ["null"] }

        private static func matches(_ node: JSONNode, _ type: String) -> Bool {
            switch (type, node) {
            case ("null", .null), ("boolean", .bool), ("string", .string), ("number", .number), ("array", .array), ("object", .object): true
            case let ("integer", .number(text)): isIntegerText(text) && Int(text) != nil
            default: false
            }
        }

        /// `-?digits`: a whole number as written, without fraction or exponent (`4.0` is refused, as the decoder would).
        private static func isIntegerText(_ text: String) -> Bool {
            let digits = text.utf8.drop { $0 == UInt8(ascii: "-") }
            return !digits.isEmpty && digits.allSatisfy(ExchangeSchema.isDigit)
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

        static func kindName(_ type: String) -> LocalizedText {
            switch type {
            case "string": LocalizedText(nb: "en tekst", en: "a text")
            case "integer", "number": LocalizedText(nb: "et tall", en: "a number")
            case "boolean": LocalizedText(nb: "true eller false", en: "true or false")
            case "array": LocalizedText(nb: "en liste", en: "a list")
            case "object": LocalizedText(nb: "et objekt", en: "an object")
            default: LocalizedText(nb: "null", en: "null")
            }
        }
    }
}
