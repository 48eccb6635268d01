import FoundationEssentials

/// The country's municipalities (`data/municipalities/municipalities.json`) and type-ahead search in them.
public enum MunicipalityList {
    /// Reads the list, sorted by number as in the file.
    public static func load(locator: ResourceLocator = .standard) throws -> [Municipality] {
        let url = locator.data.appendingPathComponent("municipalities/municipalities.json")
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw ContentError.unreadable(url.path, error.readableDescription(.en))
        }
        let list: [Municipality]
        do { list = try JSONDecoder().decode([Municipality].self, from: data) } catch {
            throw ContentError.malformed(url.path, String(describing: error))
        }
        for m in list where m.number.count != 4 || !m.number.allSatisfy(\.isASCIIDigit) || m.name.isEmpty {
            throw ContentError.malformed(url.path, "\"\(m.number)\" \"\(m.name)\": needs a four-digit number and a name")
        }
        return list
    }

    /// The municipalities matching what has been typed so far, best first.
    ///
    /// Digits match the start of the number ("46" finds 4601 Bergen …). Otherwise the text matches the start of
    /// the name first, then the start of a later word ("kaut" finds "Guovdageaidnu – Kautokeino"), ignoring
    /// case and accents (á, š, ŋ …) but keeping æ, ø and å apart from a and o. Within each group the names
    /// come in Norwegian alphabetical order. An empty query gives the whole list.
    public static func matches(_ query: String, in list: [Municipality]) -> [Municipality] {
        let wanted = query.trimmed()
        if wanted.isEmpty { return list }
        if wanted.allSatisfy(\.isASCIIDigit) {
            return list.filter { $0.number.hasPrefix(wanted) }.sorted { $0.number < $1.number }
        }
        let key = fold(wanted)
        var atStart: [(Municipality, String)] = []
        var inWord: [(Municipality, String)] = []
        for m in list {
            let name = fold(m.name)
            if name.hasPrefix(key) {
                atStart.append((m, name))
            } else if wordStarts(of: name).contains(where: { name[$0...].hasPrefix(key) }) {
                inWord.append((m, name))
            }
        }
        func ordered(_ group: [(Municipality, String)]) -> [Municipality] {
            group.sorted { (sortKey($0.1), $0.0.number) < (sortKey($1.1), $1.0.number) }.map(\.0)
        }
        return ordered(atStart) + ordered(inWord)
    }

    /// Lower case without accents, except that æ, ø and å stay letters of their own.
    static func fold(_ text: String) -> String {
        var out = ""
        for ch in text.lowercased() {
            switch ch {
            case "æ", "ø", "å": out.append(ch)
            case "ä": out.append("æ")   // Swedish and Finnish spellings sort and match with the Norwegian letters.
            case "ö": out.append("ø")
            case "–", "—": out.append("-")
            default:
                let s = String(ch).searchFolded()
                out += s == "ŋ" ? "n" : s
            }
        }
        return out
    }

    /// Where each word after the first begins: after a space, a dash or a parenthesis.
    private static func wordStarts(of name: String) -> [String.Index] {
        var starts: [String.Index] = []
        var previous: Character? = nil
        for i in name.indices {
            if let p = previous, p == " " || p == "-" || p == "(" || p == "/", name[i] != " " { starts.append(i) }
            previous = name[i]
        }
        return starts
    }

    /// A key that sorts æ, ø, å after z, in that order.
    private static func sortKey(_ folded: String) -> String {
        String(folded.map { ch -> Character in
            switch ch {
            case "æ": "\u{7B}"
            case "ø": "\u{7C}"
            case "å": "\u{7D}"
            default: ch
            }
        })
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
