import FoundationEssentials
import SamskapCore

/// Numbers, dates and measured values as a reader of the report expects them in each language.
struct ReportFormat {
    let language: Language

    /// `12 345,5` in bokmål, `1,234.5` in English; whole numbers without decimals; "–" for a value outside the
    /// range a measurement may hold.
    func number(_ value: Double, decimals: Int? = nil) -> String {
        guard Measurement.isUsable(value) else { return "–" }
        let places = decimals ?? (abs(value - value.rounded()) < 1e-9 ? 0 : (abs(value) >= 100 ? 0 : 1))
        // Formatted by hand: NumberFormatter is slow to create and the report formats thousands of figures.
        let fixed = abs(value).decimalString(places: places)
        let parts = fixed.split(separator: ".", maxSplits: 1)
        var whole = String(parts[0])
        // As the charts write them: a thin no-break space in bokmål (430 000), a comma in English.
        if whole.count > 4 { whole = NumberText.groupingThousands(whole, with: (language.isNorwegian ? "\u{202F}" : ",")) }
        var text = whole
        if parts.count > 1 { text += (language.isNorwegian ? "," : ".") + parts[1] }
        if value < 0 && Double(fixed) != 0 { text = "-" + text }
        // A true minus sign, as in print.
        return text.replacing("-", with: "\u{2212}")
    }

    /// A score on the 1–5 scale, always with one decimal.
    func score(_ value: Double) -> String { number(value, decimals: 1) }

    /// A value with its unit: `12 familier`, `35 %`.
    func value(_ value: Double, unit: String) -> String {
        let n = number(value)
        guard !unit.isEmpty else { return n }
        return unit == "%" ? "\(n)\u{00A0}%" : "\(n)\u{00A0}\(unit)"
    }

    /// A reference point: `12 familier (1.3.2025)`.
    func reference(_ point: ReferencePoint, unit: String) -> String? {
        switch (point.value, point.date) {
        case let (v?, d?): "\(value(v, unit: unit)) (\(d.formatted(language)))"
        case let (v?, nil): value(v, unit: unit)
        case let (nil, d?): d.formatted(language)
        case (nil, nil): nil
        }
    }

    /// A period `1.3.2025–28.2.2027`, open ends shown as such.
    func period(_ period: Period) -> String? {
        switch (period.start, period.end) {
        case let (s?, e?): "\(s.formatted(language))\u{2013}\(e.formatted(language))"
        case let (s?, nil): trf("from %1$s", in: language, "\(s.formatted(language))")
        case let (nil, e?): trf("until %1$s", in: language, "\(e.formatted(language))")
        case (nil, nil): nil
        }
    }

    /// A long date for the title page: `1. mars 2026`, `1 March 2026`.
    func longDate(_ day: Day) -> String {
        let nb = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"]
        let en = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        // Bokmål and nynorsk name the months alike.
        return language.isNorwegian ? "\(day.day). \(nb[day.month - 1]) \(day.year)" : "\(day.day) \(en[day.month - 1]) \(day.year)"
    }

    /// A list joined the way the language writes it: `a, b og c`.
    func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + (tr(" and ", in: language)) + items.last!
    }
}
