import FoundationEssentials

/// The level of the results chain an indicator measures (figure 7).
public enum IndicatorLevel: String, Term, Comparable {
    /// Direct results that can be counted.
    case output
    /// Direct effects with high causality.
    case outcome
    /// Longer-term effects the work contributes to.
    case impact
    /// Wider socio-economic value.
    case societal

    public var term: LocalizedText {
        switch self {
        case .output: LocalizedText("Output")
        case .outcome: LocalizedText("Outcome")
        case .impact: LocalizedText("Impact")
        case .societal: LocalizedText("Societal value")
        }
    }

    private var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.order < rhs.order }
}

/// Whether an indicator is counted or described.
public enum IndicatorKind: String, Term {
    case quantitative, qualitative

    public var term: LocalizedText {
        switch self {
        case .quantitative: LocalizedText("Quantitative")
        case .qualitative: LocalizedText("Qualitative")
        }
    }
}

/// Which way is better for a quantitative indicator.
public enum Direction: String, Term {
    case higherIsBetter, lowerIsBetter

    public var term: LocalizedText {
        switch self {
        case .higherIsBetter: LocalizedText("Higher is better")
        case .lowerIsBetter: LocalizedText("Lower is better")
        }
    }
}

/// How often an indicator is measured.
public enum Frequency: String, Term {
    case monthly, quarterly, halfYearly, yearly, once, asNeeded

    public var term: LocalizedText {
        switch self {
        case .monthly: LocalizedText("Monthly")
        case .quarterly: LocalizedText("Quarterly")
        case .halfYearly: LocalizedText("Every six months")
        case .yearly: LocalizedText("Yearly")
        case .once: LocalizedText("Once")
        case .asNeeded: LocalizedText("As needed")
        }
    }
}

/// A dated value: the baseline or the target of an indicator.
public struct ReferencePoint: Codable, Equatable, Hashable, Sendable {
    /// The number (nil when only a date is known).
    public var value: Double?
    /// The day it was or should be reached.
    public var date: Day?

    /// Creates a reference point.
    public init(value: Double? = nil, date: Day? = nil) {
        self.value = value
        self.date = date
    }
}

/// Something the project measures to see whether it creates the results it aims for.
public struct Indicator: Codable, Equatable, Sendable, Identifiable {
    /// Stable id.
    public var id: UUID
    /// What is measured, e.g. "Familier som har flyttet til egen bolig".
    public var name: String
    /// Level in the results chain.
    public var level: IndicatorLevel
    /// Counted or described.
    public var kind: IndicatorKind
    /// Unit of a quantitative indicator, e.g. "familier", "%".
    public var unit: String
    /// Which way is better.
    public var direction: Direction
    /// How it is measured (register, survey, interview …).
    public var method: String
    /// Where the data come from.
    public var dataSource: String
    /// The partner who collects it.
    public var responsiblePartnerID: UUID?
    /// How often it is measured.
    public var frequency: Frequency
    /// The starting point.
    public var baseline: ReferencePoint
    /// The target.
    public var target: ReferencePoint
    /// Shown first in summaries and the report.
    public var isKey: Bool
    /// The catalogue entry it started from, if any.
    public var catalogueID: String?
    /// Earlier targets, definitions and methods, oldest first, each with the day it changed and why.
    public var targetHistory: [TargetRevision]

    /// Creates an indicator.
    public init(id: UUID = UUID(), name: String, level: IndicatorLevel, kind: IndicatorKind = .quantitative,
                unit: String = "", direction: Direction = .higherIsBetter, method: String = "", dataSource: String = "",
                responsiblePartnerID: UUID? = nil, frequency: Frequency = .quarterly, baseline: ReferencePoint = ReferencePoint(),
                target: ReferencePoint = ReferencePoint(), isKey: Bool = false, catalogueID: String? = nil,
                targetHistory: [TargetRevision] = []) {
        self.id = id
        self.name = name
        self.level = level
        self.kind = kind
        self.unit = unit
        self.direction = direction
        self.method = method
        self.dataSource = dataSource
        self.responsiblePartnerID = responsiblePartnerID
        self.frequency = frequency
        self.baseline = baseline
        self.target = target
        self.isKey = isKey
        self.catalogueID = catalogueID
        self.targetHistory = targetHistory
    }

    private enum CodingKeys: String, CodingKey {
        case id, name, level, kind, unit, direction, method, dataSource, responsiblePartnerID, frequency, baseline, target,
             isKey, catalogueID, targetHistory
    }

    /// Decodes an indicator; the target history is optional, as files from before it existed lack it.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try c.decode(UUID.self, forKey: .id), name: try c.decode(String.self, forKey: .name),
                  level: try c.decode(IndicatorLevel.self, forKey: .level), kind: try c.decode(IndicatorKind.self, forKey: .kind),
                  unit: try c.decode(String.self, forKey: .unit), direction: try c.decode(Direction.self, forKey: .direction),
                  method: try c.decode(String.self, forKey: .method), dataSource: try c.decode(String.self, forKey: .dataSource),
                  responsiblePartnerID: try c.decodeIfPresent(UUID.self, forKey: .responsiblePartnerID),
                  frequency: try c.decode(Frequency.self, forKey: .frequency),
                  baseline: try c.decode(ReferencePoint.self, forKey: .baseline),
                  target: try c.decode(ReferencePoint.self, forKey: .target), isKey: try c.decode(Bool.self, forKey: .isKey),
                  catalogueID: try c.decodeIfPresent(String.self, forKey: .catalogueID),
                  targetHistory: try c.decodeIfPresent([TargetRevision].self, forKey: .targetHistory) ?? [])
    }
}

/// One measurement of an indicator: a number, or a note for a qualitative indicator.
public struct Measurement: Codable, Equatable, Hashable, Sendable, Identifiable {
    /// Stable id.
    public var id: UUID
    /// What was measured.
    public var indicatorID: UUID
    /// The number (quantitative indicators).
    public var value: Double?
    /// When.
    public var date: Day
    // The three texts live out of line: most measurements have none or repeat another's (the same source, row after
    // row), and a large project holds 100,000 of them. Inline they cost 48 bytes each; a shared reference costs 8.
    // `MeasurementTextPool` lets a reader hand the same texts to every measurement that repeats them.
    var texts: MeasurementTexts?

    /// What was observed (qualitative indicators).
    public var note: String {
        get { texts?.note ?? "" }
        set { setTexts(note: newValue, source: source, comment: comment) }
    }
    /// Where the figure comes from.
    public var source: String {
        get { texts?.source ?? "" }
        set { setTexts(note: note, source: newValue, comment: comment) }
    }
    /// A comment.
    public var comment: String {
        get { texts?.comment ?? "" }
        set { setTexts(note: note, source: source, comment: newValue) }
    }

    /// Creates a measurement.
    public init(id: UUID = UUID(), indicatorID: UUID, date: Day, value: Double? = nil, note: String = "",
                source: String = "", comment: String = "") {
        self.id = id
        self.indicatorID = indicatorID
        self.date = date
        self.value = value
        setTexts(note: note, source: source, comment: comment)
    }

    /// A measurement with texts made already (`MeasurementTextPool`).
    init(id: UUID, indicatorID: UUID, date: Day, value: Double?, texts: MeasurementTexts?) {
        self.id = id
        self.indicatorID = indicatorID
        self.date = date
        self.value = value
        self.texts = texts
    }

    private mutating func setTexts(note: String, source: String, comment: String) {
        texts = note.isEmpty && source.isEmpty && comment.isEmpty
            ? nil : MeasurementTexts(note: note, source: source, comment: comment)
    }

    public static func == (lhs: Measurement, rhs: Measurement) -> Bool {
        lhs.id == rhs.id && lhs.indicatorID == rhs.indicatorID && lhs.date == rhs.date && lhs.value == rhs.value
            && lhs.note == rhs.note && lhs.source == rhs.source && lhs.comment == rhs.comment
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(indicatorID)
        hasher.combine(date)
        hasher.combine(value)
        hasher.combine(note)
        hasher.combine(source)
        hasher.combine(comment)
    }

    // The same keys, in the same order, as the encoding the compiler wrote before the texts moved out of line.
    private enum CodingKeys: String, CodingKey { case id, indicatorID, date, value, note, source, comment }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try c.decode(UUID.self, forKey: .id), indicatorID: try c.decode(UUID.self, forKey: .indicatorID),
                  date: try c.decode(Day.self, forKey: .date), value: try c.decodeIfPresent(Double.self, forKey: .value),
                  note: try c.decode(String.self, forKey: .note), source: try c.decode(String.self, forKey: .source),
                  comment: try c.decode(String.self, forKey: .comment))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(indicatorID, forKey: .indicatorID)
        try c.encode(date, forKey: .date)
        try c.encodeIfPresent(value, forKey: .value)
        try c.encode(note, forKey: .note)
        try c.encode(source, forKey: .source)
        try c.encode(comment, forKey: .comment)
    }
}

/// An entry of the evaluation log (impact step 10): what was learned and what is adjusted.
public struct EvaluationEntry: Codable, Equatable, Hashable, Sendable, Identifiable {
    /// Stable id.
    public var id: UUID
    /// When.
    public var date: Day
    /// What we learned.
    public var learned: String
    /// What we adjust.
    public var adjusted: String
    /// What went wrong: negative experiences are recorded too.
    public var wentWrong: String
    /// Indicators the entry is about.
    public var indicatorIDs: [UUID]

    /// Creates an entry.
    public init(id: UUID = UUID(), date: Day, learned: String = "", adjusted: String = "", wentWrong: String = "",
                indicatorIDs: [UUID] = []) {
        self.id = id
        self.date = date
        self.learned = learned
        self.adjusted = adjusted
        self.wentWrong = wentWrong
        self.indicatorIDs = indicatorIDs
    }
}
