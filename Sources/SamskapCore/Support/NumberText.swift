/// Whole numbers written for people to read in a message: digits in groups of three, a real minus sign.
public enum NumberText {
    /// `−1 000 000 000 000 000` in bokmål, `−1,000,000,000,000,000` in English; a value with a fraction or beyond
    /// 10¹⁸ as Swift writes it.
    public static func grouped(_ value: Double, _ language: Language) -> String {
        guard value == value.rounded(), abs(value) < 1e18 else { return "\(value)" }
        let text = groupingThousands(String(Int64(abs(value))), with: (language.isNorwegian ? " " : ","))
        return (value < 0 ? "\u{2212}" : "") + text
    }

    /// A run of digits with `separator` between each group of three from the right: "430000" → "430 000".
    public static func groupingThousands(_ digits: String, with separator: String) -> String {
        var text = ""
        for (i, digit) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { text += separator }
            text.append(digit)
        }
        return text
    }
}
