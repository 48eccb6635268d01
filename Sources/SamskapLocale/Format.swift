/// Fills positional placeholders `%1$s`, `%2$s`… (and a plain `%s` as the first) with arguments.
public enum Format {
    /// The text with its placeholders replaced; `%%` becomes `%`.
    public static func fill(_ text: String, _ arguments: [String]) -> String {
        var out = ""
        var i = text.startIndex
        var sequential = 0
        while i < text.endIndex {
            let ch = text[i]
            guard ch == "%" else { out.append(ch); i = text.index(after: i); continue }
            let rest = text[text.index(after: i)...]
            if rest.hasPrefix("%") {
                out.append("%")
                i = text.index(i, offsetBy: 2)
            } else if rest.hasPrefix("s") {
                out += sequential < arguments.count ? arguments[sequential] : ""
                sequential += 1
                i = text.index(i, offsetBy: 2)
            } else if let dollar = rest.firstIndex(of: "$"), let n = Int(rest[rest.startIndex..<dollar]),
                      rest[rest.index(after: dollar)...].hasPrefix("s") {
                out += (1...arguments.count).contains(n) ? arguments[n - 1] : ""
                i = text.index(dollar, offsetBy: 2)
            } else {
                out.append(ch)
                i = text.index(after: i)
            }
        }
        return out
    }
}
