/// Whole numbers written for people to read in a message: digits in groups of three, a real minus sign.
public enum NumberText {
    /// `−1 000 000 000 000 000` in bokmål, `−1,000,000,000,000,000` in English; a value with a fraction or beyond
    /// 10¹⁸ as Swift writes it.
    public static func grouped(_ value: Double, _ language: Language) -> String {
        guard value == value.rounded(), abs(value) < 1e18 else { return "\(value)" }
        let magnitude = String(Int64(abs(value)))
        var text = ""
        for (i, digit) in magnitude.enumerated() {
            if i > 0, (magnitude.count - i) % 3 == 0 { text.append(language == .nb ? " " : ",") }
            text.append(digit)
        }
        return (value < 0 ? "\u{2212}" : "") + text
    }
}
