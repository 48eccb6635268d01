import FoundationEssentials
import SamskapCore

/// The JSON exchange format: `{"format": "samskap-project", "formatVersion": 1, "document": …}`, where the document
/// is `ProjectDocument` as Swift's `JSONEncoder` writes it (UUIDs as strings, days as `YYYY-MM-DD`, impact step kinds
/// as 1–10, terms as their codes). The schema is `data/schema/project-v1.schema.json`.
public enum ProjectExchange {
    /// The value of `format`.
    public static let formatName = "samskap-project"
    /// The newest `formatVersion` this build writes and reads.
    public static let formatVersion = 1

    private struct Envelope: Codable {
        var format: String
        var formatVersion: Int
        var document: ProjectDocument
    }

    /// The document as JSON: pretty, keys sorted, so the same document always gives the same bytes.
    /// A value JSON cannot hold (infinity, not-a-number, read from a damaged or hand-edited file) throws an
    /// `ExchangeExportError` naming the record, rather than the encoder's own dump.
    public static func encode(_ document: ProjectDocument) throws -> Data {
        if let error = ExchangeExportError.first(in: document) { throw error }
        var document = document
        document.workshop = document.workshop?.clearingMissingReferences(rounds: Set(document.rounds.map(\.id)),
                                                                         indicators: Set(document.indicators.map(\.id)))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(Envelope(format: formatName, formatVersion: formatVersion, document: document))
        data.append(0x0A)
        return data
    }

    /// Reads a document, whole or not at all: a malformed file, another format, a newer version, a value out of range,
    /// a reference to a missing record or an id used twice throws an `ExchangeError` naming the place.
    public static func decode(_ file: Data) throws -> ProjectDocument {
        let data = JSONSyntax.utf8(file)
        let syntax: JSONSyntax
        do {
            syntax = try JSONSyntax(checking: data)
        } catch {
            throw ExchangeError(path: "", problem: .notJSON(error.text))
        }
        // Parsed once more, keeping what a decoder would smooth over: the text of each number, every key however often
        // it is written. A key written twice is refused before anything reads it, since the format check would read the
        // last and the decoder the first.
        guard let tree = JSONNode.parse(data) else { throw ExchangeError(path: "", problem: .unreadable) }
        try ExchangeSchema.checkDuplicateKeys(tree)
        guard syntax.isObject else {
            throw ExchangeError(path: "", problem: .wrongType(LocalizedText("a JSON object")))
        }
        let member = { (name: String) in syntax.topLevelMembers[name].flatMap { try? JSONValue(decoding: data[$0]) } }
        let format = member("format")
        guard format == .string(formatName) else {
            throw ExchangeError(path: "format", problem: .wrongFormat(format?.description))
        }
        let version: Int
        switch member("formatVersion") {
        case nil: throw ExchangeError(path: "formatVersion", problem: .missing)
        // Truncated, and true as 1, as Foundation's NSNumber.intValue read it before.
        case let .number(value)?: version = Int(exactly: value.rounded(.towardZero)) ?? (value < 0 ? .min : .max)
        case let .bool(value)?: version = value ? 1 : 0
        default: throw ExchangeError(path: "formatVersion", problem: .wrongType(Self.number))
        }
        if version > formatVersion { throw ExchangeError(path: "formatVersion", problem: .newerFormat(version)) }
        if version < 1 { throw ExchangeError(path: "formatVersion", problem: .unknownValue("\(version)")) }

        // What the schema forbids is refused here, by its place, before the decoder sees it.
        try ExchangeSchema.validate(tree)
        let decoded: ProjectDocument
        do {
            decoded = try JSONDecoder().decode(Envelope.self, from: data).document
        } catch let error as DecodingError {
            throw describe(error, in: data)
        }
        // Through the initialiser, so the ten impact steps are all there and goals are in order, as the store keeps them.
        let document = ProjectDocument(project: decoded.project, partners: decoded.partners, goals: decoded.goals,
                                       subGoals: decoded.subGoals, impactSteps: decoded.impactSteps,
                                       indicators: decoded.indicators, measurements: decoded.measurements,
                                       evaluations: decoded.evaluations, rounds: decoded.rounds,
                                       respondents: decoded.respondents, answers: decoded.answers,
                                       workshop: decoded.workshop)
            // Exports made before steps 1 and 2 showed the problem and the goals carry a text of their own there.
            .foldingStepFacts()
        try ExchangeValidator.check(decoded)
        return document
    }

    private static let number = LocalizedText("a number")

    /// Turns the decoder's error into a place and a problem people can act on.
    static func describe(_ error: DecodingError, in data: Data) -> ExchangeError {
        switch error {
        case let .keyNotFound(key, context):
            return ExchangeError(path: CodingPathText.render(context.codingPath + [key]), problem: .missing)
        case let .valueNotFound(_, context):
            return ExchangeError(path: CodingPathText.render(context.codingPath), problem: .missing)
        case let .typeMismatch(type, context):
            return ExchangeError(path: CodingPathText.render(context.codingPath), problem: .wrongType(kindName(type)))
        case let .dataCorrupted(context):
            let path = CodingPathText.render(context.codingPath)
            let shown = JSONValue.at(context.codingPath, in: data)?.description
            if let shown, context.debugDescription.hasPrefix("not a date") { return ExchangeError(path: path, problem: .notADate(shown)) }
            if let shown, context.debugDescription.contains("UUID") { return ExchangeError(path: path, problem: .notAnID(shown)) }
            if let shown, !context.codingPath.isEmpty { return ExchangeError(path: path, problem: .unknownValue(shown)) }
            return ExchangeError(path: path, problem: .unreadable)
        @unknown default:
            return ExchangeError(path: "", problem: .unreadable)
        }
    }

    private static func kindName(_ type: Any.Type) -> LocalizedText {
        let name = "\(type)"
        if name.hasPrefix("String") || name == "UUID" || name == "Day" { return LocalizedText("a text") }
        if name.hasPrefix("Int") || name.hasPrefix("Double") || name.hasPrefix("Float") { return number }
        if name.hasPrefix("Bool") { return LocalizedText("true or false") }
        if name.hasPrefix("Array") { return LocalizedText("a list") }
        if name.hasPrefix("Dictionary") { return LocalizedText("an object") }
        return LocalizedText("something else")
    }
}
