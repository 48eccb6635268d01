import FoundationEssentials

extension Measurement {
    /// The range in words, «fra −1 000 000 000 000 000 til 1 000 000 000 000 000», for messages.
    public static func rangeText(_ language: Language) -> String {
        let low = NumberText.grouped(valueRange.lowerBound, language), high = NumberText.grouped(valueRange.upperBound, language)
        return trf("from %1$s to %2$s", in: language, "\(low)", "\(high)")
    }

    /// Reads a number the way a Norwegian user types it: "12", "12,5", "12.5", "1 234,5", "−3".
    ///
    /// Spaces, non-breaking and thin spaces separate thousands; a decimal comma or point (one of them, once);
    /// a leading minus, hyphen-minus or Unicode minus. Words ("tolv"), "NaN", "inf" and "1,2,3" are not numbers.
    public static func parseNumber(_ text: String) -> Double? {
        var body = Array(text.unicodeScalars)
        while let first = body.first, isSpace(first) { body.removeFirst() }
        while let last = body.last, isSpace(last) { body.removeLast() }
        var negative = false
        if let first = body.first, first == "-" || first == "\u{2212}" || first == "+" {
            negative = first != "+"
            body.removeFirst()
            while let next = body.first, isSpace(next) { body.removeFirst() }
        }
        // Whole part in groups split by spaces, then at most one decimal separator and the fraction.
        var groups: [String] = [""]
        var fraction: String?
        for scalar in body {
            switch scalar {
            case "0"..."9":
                if fraction != nil { fraction!.unicodeScalars.append(scalar) } else { groups[groups.count - 1].unicodeScalars.append(scalar) }
            case ",", ".":
                guard fraction == nil else { return nil }
                fraction = ""
            case _ where isSpace(scalar):
                // A space only separates thousands in the whole part: "1 234", not "12 3" nor "1,2 3".
                guard fraction == nil, !groups[groups.count - 1].isEmpty else { return nil }
                groups.append("")
            default:
                return nil
            }
        }
        if groups.count > 1 {
            guard (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        }
        let whole = groups.joined()
        guard !whole.isEmpty || !(fraction ?? "").isEmpty,
              let value = Double((whole.isEmpty ? "0" : whole) + "." + (fraction.map { $0.isEmpty ? "0" : $0 } ?? "0")),
              value.isFinite else { return nil }
        return negative ? -value : value
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        // Space, no-break space, narrow no-break space, thin space, figure space: what keyboards and spreadsheets put between thousands.
        scalar == " " || scalar == "\u{00A0}" || scalar == "\u{202F}" || scalar == "\u{2009}" || scalar == "\u{2007}"
    }

    /// Reads the value typed for a measurement of the indicator: nil for empty text, an issue when it is not a number.
    public static func parseValue(_ text: String, for indicator: Indicator) -> Result<Double?, ValidationIssue> {
        let trimmed = text.trimmed()
        if trimmed.isEmpty { return .success(nil) }
        if let value = parseNumber(trimmed) {
            guard isUsable(value) else {
                return .failure(.make(.error, .measurementValueOutOfRange, "measurement.value", nil,
                                      text: LocalizedText("The measurement for %1$s is outside what a measurement can hold (got “%2$s”). Type a number %3$s.") { language in [Wording.name(indicator.name, language), "\(trimmed)", "\(rangeText(language))"] }))
            }
            return .success(value)
        }
        return .failure(.make(.error, .measurementNotANumber, "measurement.value", nil,
                              text: LocalizedText("The measurement for %1$s must be a number (got “%2$s”). Type for example 12 or 12.5.") { language in [Wording.name(indicator.name, language), "\(trimmed)"] }))
    }

    /// Checks a measurement of the indicator: a value or a note as its kind needs, a date inside the period and not ahead.
    public func validationIssues(indicator: Indicator, period: Period, today: Day = .today()) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        // Named lazily: most measurements have no issue, and a project may hold a hundred thousand.
        let indicatorName = indicator.name
        switch indicator.kind {
        case .quantitative where value == nil:
            issues.append(.make(.error, .measurementValueMissing, "measurement.value", id,
                                text: LocalizedText("The measurement for %1$s has no number. Type the value you measured.") { language in [Wording.name(indicatorName, language)] }))
        case .qualitative where Wording.isBlank(note):
            issues.append(.make(.error, .measurementNoteMissing, "measurement.note", id,
                                text: LocalizedText("The measurement for %1$s has no description. Write what you observed.") { language in [Wording.name(indicatorName, language)] }))
        case .quantitative, .qualitative: break
        }
        // Whatever the kind: a value that is there must be one a measurement can hold.
        if let value, !value.isFinite {
            issues.append(.make(.error, .measurementNotANumber, "measurement.value", id,
                                text: LocalizedText("The measurement for %1$s must be a number (got “%2$s”). Type for example 12 or 12.5.") { language in [Wording.name(indicatorName, language), "\(value)"] }))
        } else if let value, !Self.isUsable(value) {
            issues.append(.make(.error, .measurementValueOutOfRange, "measurement.value", id,
                                text: LocalizedText("The measurement for %1$s is outside what a measurement can hold (got %2$s). Type a number %3$s.") { language in [Wording.name(indicatorName, language), Wording.number(value, language), "\(Self.rangeText(language))"] }))
        }
        if !period.contains(date) {
            issues.append(.make(.warning, .measurementOutsidePeriod, "measurement.date", id,
                                text: LocalizedText("The measurement for %1$s is dated %2$s, outside the project period%3$s. Check the date.") { language in [Wording.name(indicatorName, language), date.formatted(language), "\(Self.describe(period, language))"] }))
        }
        if date > today {
            issues.append(.make(.warning, .measurementInFuture, "measurement.date", id,
                                text: LocalizedText("The measurement for %1$s is dated %2$s, in the future. Check the date.") { language in [Wording.name(indicatorName, language), date.formatted(language)] }))
        }
        return issues
    }

    private static func describe(_ period: Period, _ language: Language) -> String {
        let start = period.start?.formatted(language) ?? "…", end = period.end?.formatted(language) ?? "…"
        return " (\(start)–\(end))"
    }
}
