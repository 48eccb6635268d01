import FoundationEssentials

/// Adds what cairo 1.16 cannot write to a tagged PDF: the document's language, the alternative text of each figure
/// and the request that viewers show the title instead of the file name. It appends an incremental update (new
/// versions of the catalogue and of the figures' structure elements, with their own cross-reference section), so
/// nothing cairo wrote is rewritten.
enum TaggedPDFFinisher {
    enum Failure: Error {
        /// The file is not laid out as cairo writes it (no trailer, no catalogue); the detail says what was missing.
        case unexpectedLayout(String)
    }

    /// The updated file: `pdf` with the update appended. `alternatives` are the figures' texts in document order.
    static func finish(_ pdf: [UInt8], languageTag: String, alternatives: [String]) throws -> [UInt8] {
        let text = String(decoding: pdf, as: UTF8.self)
        guard let startxref = lastNumber(after: "startxref", in: text) else { throw Failure.unexpectedLayout("startxref") }
        guard let trailer = text.ranges(of: "trailer").last.map({ String(text[$0.upperBound...]) }),
              let size = number(after: "/Size", in: trailer), let root = number(after: "/Root", in: trailer) else {
            throw Failure.unexpectedLayout("trailer")
        }
        let info = number(after: "/Info", in: trailer)
        let objects = PDFObjects(text)
        guard let catalog = objects.body(of: root) else { throw Failure.unexpectedLayout("catalogue \(root)") }

        var updates: [(Int, String)] = [(root, insert("/Lang \(literal(languageTag))\n   /ViewerPreferences << /DisplayDocTitle true >>",
                                                       into: catalog))]
        let figures = objects.numbers(where: { $0.contains("/Type /StructElem") && $0.contains("/S /Figure") })
        for (number, alt) in zip(figures, alternatives) where !alt.isEmpty {
            updates.append((number, insert("/Alt \(utf16Hex(alt))", into: objects.body(of: number)!)))
        }

        var out = pdf
        if out.last != UInt8(ascii: "\n") { out.append(UInt8(ascii: "\n")) }
        var offsets: [(Int, Int)] = []
        for (number, body) in updates.sorted(by: { $0.0 < $1.0 }) {
            offsets.append((number, out.count))
            out += Array("\(number) 0 obj\n\(body)\nendobj\n".utf8)
        }
        let xref = out.count
        var table = "xref\n"
        for (number, offset) in offsets {
            let padded = String(repeating: "0", count: max(0, 10 - String(offset).count)) + String(offset)
            table += "\(number) 1\n\(padded) 00000 n \n"
        }
        table += "trailer\n<< /Size \(size)\n   /Root \(root) 0 R\n" + (info.map { "   /Info \($0) 0 R\n" } ?? "")
            + "   /Prev \(startxref)\n>>\nstartxref\n\(xref)\n%%EOF\n"
        out += Array(table.utf8)
        return out
    }

    /// `body` (a dictionary `<< … >>`) with `entries` added before its closing brackets.
    private static func insert(_ entries: String, into body: String) -> String {
        guard let close = body.ranges(of: ">>").last else { return body }
        let head = String(body[..<close.lowerBound]), tail = String(body[close.lowerBound...])
        return head + "   " + entries + "\n" + tail
    }

    /// A PDF string of printable ASCII, e.g. `(nb-NO)`.
    private static func literal(_ ascii: String) -> String {
        "(" + ascii.filter { $0.isASCII && $0 != "(" && $0 != ")" && $0 != "\\" } + ")"
    }

    /// A text string in UTF-16BE with its byte-order mark, as hexadecimal: any letter, æøå and Sámi included.
    static func utf16Hex(_ text: String) -> String {
        let digits = Array("0123456789ABCDEF")
        var hex = "<FEFF"
        for unit in text.utf16 {
            for shift in [12, 8, 4, 0] { hex.append(digits[Int((unit >> UInt16(shift)) & 0xF)]) }
        }
        return hex + ">"
    }

    private static func number(after key: String, in text: String) -> Int? {
        text.firstRange(of: key).flatMap { digits(from: text[$0.upperBound...]) }
    }

    private static func lastNumber(after key: String, in text: String) -> Int? {
        text.ranges(of: key).last.flatMap { digits(from: text[$0.upperBound...]) }
    }

    private static func digits(from text: Substring) -> Int? {
        let start = text.drop(while: { $0 == " " || $0 == "\n" || $0 == "\r" })
        return Int(String(start.prefix(while: \.isNumber)))
    }
}

/// The uncompressed objects of a PDF as cairo writes them (`N 0 obj\n<< … >>\nendobj`), by number; a later version of
/// an object replaces an earlier one.
private struct PDFObjects {
    private var bodies: [Int: String] = [:]

    init(_ text: String) {
        var rest = text[...]
        while let start = rest.firstRange(of: " 0 obj\n") {
            let digits = rest[..<start.lowerBound].reversed().prefix(while: \.isNumber)
            guard let number = Int(String(digits.reversed())), let end = rest[start.upperBound...].firstRange(of: "\nendobj") else {
                rest = rest[start.upperBound...]
                continue
            }
            let body = rest[start.upperBound..<end.lowerBound]
            if body.hasPrefix("<<") { bodies[number] = String(body) }
            rest = rest[end.upperBound...]
        }
    }

    func body(of number: Int) -> String? { bodies[number] }

    /// The numbers of the dictionaries matching `test`, ascending: cairo numbers structure elements in document order.
    func numbers(where test: (String) -> Bool) -> [Int] {
        bodies.filter { test($0.value) }.keys.sorted()
    }
}
