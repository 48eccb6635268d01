import FoundationEssentials

/// Reads answers from a form (`e.STATEMENT=3&i.STATEMENT=4`) or JSON (`{"statement": …, "experience": 3}` or
/// `{"answers": [ … ]}`) and checks them against the round: known statements, values 1–5, importance only where asked.
enum AnswerDecoding {
    struct Item: Decodable { let statement: String; let experience: Int?; let importance: Int? }
    /// One answer, or a batch under "answers": one decoding for either.
    struct Body: Decodable { let statement: String?; let experience: Int?; let importance: Int?; let answers: [Item]? }

    static func decode(_ body: [UInt8], contentType: String?, round: PhoneRound, respondent: UUID) throws(Refusal) -> [PhoneAnswer] {
        let type = (contentType ?? "").split(separator: ";").first.map { $0.lowercased().filter { $0 != " " } } ?? ""
        let items: [(statement: String, experience: Int?, importance: Int?)]
        switch type {
        case "application/x-www-form-urlencoded": items = try form(body)
        case "application/json": items = try json(body)
        default: throw .unsupportedType
        }
        guard !items.isEmpty else { throw .badRequest("No answers in the request.") }
        guard items.count <= round.statementIDs.count else { throw .badRequest("More answers than statements.") }
        let known = Set(round.statementIDs)
        return try items.map { item throws(Refusal) in
            guard known.contains(item.statement) else { throw .badRequest("Unknown statement.") }
            for value in [item.experience, item.importance].compactMap({ $0 }) where !(1...5).contains(value) {
                throw .badRequest("Values go from 1 to 5.")
            }
            if item.importance != nil && !round.asksImportance { throw .badRequest("This round does not ask for importance.") }
            guard item.experience != nil || item.importance != nil else { throw .badRequest("An answer needs a value.") }
            return PhoneAnswer(respondentID: respondent, statementID: item.statement, experience: item.experience,
                               importance: item.importance)
        }
    }

    private static func json(_ body: [UInt8]) throws(Refusal) -> [(statement: String, experience: Int?, importance: Int?)] {
        guard let decoded = try? JSONDecoder().decode(Body.self, from: Data(body)) else { throw .badRequest("The JSON is not an answer.") }
        if let batch = decoded.answers, decoded.statement == nil { return batch.map { ($0.statement, $0.experience, $0.importance) } }
        guard let statement = decoded.statement, decoded.answers == nil else { throw .badRequest("The JSON is not an answer.") }
        return [(statement, decoded.experience, decoded.importance)]
    }

    private static func form(_ body: [UInt8]) throws(Refusal) -> [(statement: String, experience: Int?, importance: Int?)] {
        var values: [String: (experience: Int?, importance: Int?)] = [:]
        var order: [String] = []
        for (name, value) in try FormFields.parse(body) {
            let isExperience = name.hasPrefix("e."), isImportance = name.hasPrefix("i.")
            guard isExperience || isImportance else { throw .badRequest("Unknown form field.") }
            guard let number = Int(value) else { throw .badRequest("Values go from 1 to 5.") }
            let statement = String(name.dropFirst(2))
            if values[statement] == nil { order.append(statement) }
            var entry = values[statement] ?? (nil, nil)
            if isExperience { entry.experience = number } else { entry.importance = number }
            values[statement] = entry
        }
        return order.map { ($0, values[$0]!.experience, values[$0]!.importance) }
    }
}

/// `application/x-www-form-urlencoded`, strictly: every pair `name=value`, valid percent escapes, UTF-8.
enum FormFields {
    static func parse(_ body: [UInt8]) throws(Refusal) -> [(String, String)] {
        guard !body.isEmpty else { return [] }
        var pairs: [(String, String)] = []
        for part in body.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: false) {
            let halves = part.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
            guard halves.count == 2 else { throw .badRequest("The form data is malformed.") }
            pairs.append((try unescape(Array(halves[0])), try unescape(Array(halves[1]))))
        }
        return pairs
    }

    private static func unescape(_ bytes: [UInt8]) throws(Refusal) -> String {
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            switch bytes[i] {
            case UInt8(ascii: "+"): out.append(UInt8(ascii: " ")); i += 1
            case UInt8(ascii: "%"):
                guard i + 2 < bytes.count, let h = hex(bytes[i + 1]), let l = hex(bytes[i + 2]) else {
                    throw .badRequest("The form data is malformed.")
                }
                out.append(h << 4 | l); i += 3
            default: out.append(bytes[i]); i += 1
            }
        }
        guard let text = String(validating: out, as: UTF8.self) else { throw .badRequest("The form data is not UTF-8.") }
        return text
    }

    private static func hex(_ b: UInt8) -> UInt8? {
        switch b {
        case 48...57: b - 48
        case 65...70: b - 55
        case 97...102: b - 87
        default: nil
        }
    }
}
