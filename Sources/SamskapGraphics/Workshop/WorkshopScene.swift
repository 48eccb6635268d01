import SamskapCore

/// Everything one workshop screen shows at one moment: the input of `WorkshopRenderer`.
public struct WorkshopScene: Sendable {
    /// The project as saved.
    public var document: ProjectDocument
    /// The model's content in the screen's language.
    public var model: ModelContent
    /// The screen on show.
    public var screen: WorkshopScreen
    /// Its place in the agenda, from 0, and the agenda's length.
    public var index: Int
    public var count: Int
    /// The highlighted value or action field on a model screen, the statement on a one-by-one rating screen.
    public var highlight: Int
    /// A timer's seconds left; nil: not started (the full length shows).
    public var secondsLeft: Int?
    /// Where the coordinator's fast entry stands on a rating screen: respondent number (from 1) and statement (from 1).
    public var entry: (respondent: Int, statement: Int)?
    /// The decision text being typed, shown instead of the screen's saved text.
    public var draft: String?
    /// Today, for the title screen.
    public var today: Day
    /// The position exercise on a position screen: the row being decided, the proposed value, what was recorded.
    public var position: PositionExercise?
    /// The mental room chosen last on the four rooms' screen (0–3), where a note goes.
    public var room: Int?
    /// The phone session answering the rating screen's round, when one runs.
    public var phones: WorkshopPhones?

    /// Creates a scene.
    public init(document: ProjectDocument, model: ModelContent, screen: WorkshopScreen, index: Int, count: Int,
                highlight: Int = 0, secondsLeft: Int? = nil, entry: (respondent: Int, statement: Int)? = nil,
                draft: String? = nil, today: Day) {
        self.document = document
        self.model = model
        self.screen = screen
        self.index = index
        self.count = count
        self.highlight = highlight
        self.secondsLeft = secondsLeft
        self.entry = entry
        self.draft = draft
        self.today = today
    }
}

/// A running phone session as the rating screen shows it: where the phones go, the code to type instead, and the QR
/// code, drawn by the caller (the phones module encodes it; graphics only gives it its square).
public struct WorkshopPhones: Sendable {
    /// The join URL.
    public var url: String
    /// The six-character code.
    public var code: String
    /// Draws the QR code of `url` into the square at (x, y) of the given side.
    public var drawCode: @Sendable (_ cr: OpaquePointer, _ x: Double, _ y: Double, _ side: Double) -> Void

    /// Describes a session.
    public init(url: String, code: String, drawCode: @escaping @Sendable (OpaquePointer, Double, Double, Double) -> Void) {
        self.url = url
        self.code = code
        self.drawCode = drawCode
    }
}

/// What a workshop screen drew: every text with its size in screen pixels, the charts, and a description for a
/// screen reader that says no more than the screen (no results before they are revealed).
public struct WorkshopLayout: Sendable {
    /// Every text drawn, with its box and font size in screen pixels (charts' texts scaled to the screen).
    public var labels: [ChartLabel]
    /// How many charts the screen drew (none before results are revealed).
    public var chartCount: Int
    /// What the screen shows, in words.
    public var description: String

    /// The smallest font size of any text on the screen, in pixels.
    public var smallestText: Double { labels.map(\.fontSize).min() ?? .infinity }

    /// The texts that lie partly outside the screen or on top of each other.
    public func collisions(width: Double, height: Double) -> [String] {
        var found: [String] = []
        let bounds = ChartRect(x: -0.5, y: -0.5, width: width + 1, height: height + 1)
        for l in labels where !bounds.contains(l.rect) { found.append("outside: \(l.fullText)") }
        for i in labels.indices {
            for j in labels.indices where j > i && labels[i].rect.overlaps(labels[j].rect, tolerance: 1) {
                found.append("overlap: \(labels[i].fullText) / \(labels[j].fullText)")
            }
        }
        return found
    }
}
