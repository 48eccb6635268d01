import SamskapCore

/// Numbers of the process results as people read them: one decimal, a decimal comma in bokmål.
enum ProcessFormat {
    /// "3,4" (nb) or "3.4" (en); "−0,5" with a real minus sign.
    static func number(_ value: Double, _ language: Language) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "−" : ""
        let whole = abs(tenths) / 10
        let fraction = abs(tenths) % 10
        return "\(sign)\(whole)\(language.isNorwegian ? "," : ".")\(fraction)"
    }

    /// "↑ 0,5", "↓ 0,3", "→ 0,0", or "–" when there is nothing to compare.
    static func change(_ change: RoundChange, _ language: Language) -> String {
        switch change {
        case let .up(d): "↑ " + number(d, language)
        case let .down(d): "↓ " + number(-d, language)
        case .same: "→ " + number(0, language)
        case .none: "–"
        }
    }
}
