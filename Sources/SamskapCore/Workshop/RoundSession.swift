import FoundationEssentials

/// Where a round stands on the workshop screen: how many have answered, and whether the results are out.
public struct RoundStatus: Equatable, Sendable {
    /// Respondents with at least one answer in the round.
    public var answered: Int
    /// How many are expected: the coordinator's number, or everyone entered so far when that is more.
    public var expected: Int
    /// Whether the coordinator has revealed the results.
    public var isRevealed: Bool

    /// Creates a status.
    public init(answered: Int, expected: Int, isRevealed: Bool) {
        self.answered = answered
        self.expected = expected
        self.isRevealed = isRevealed
    }
}

/// The open round of a workshop screen, as both the coordinator's keyboard and the phones (issue 14) use it.
///
/// GTK-free and store-free: every call returns the `Change`s to save (through `ProjectState.perform` in the window,
/// through a `ProjectStore` on a server), so each answer is written by the crash-safe store as it comes, and the
/// window's undo sees the same edits. A phone never learns results: `status` carries counts only, and `results`
/// answers nil until the round is revealed.
public struct RoundSession: Equatable, Sendable {
    /// The rating (or reveal) screen the round is shown on.
    public let screenID: UUID
    /// The round the answers go to.
    public let roundID: UUID
    /// The statements asked, in order: all 44, or the short round's one per action field and value.
    public let statementIDs: [String]

    /// The session of a screen that has its round; nil for another kind of screen or a screen without round yet
    /// (`start` makes one).
    public init?(screen screenID: UUID, in document: ProjectDocument, model: ModelContent) {
        guard let agenda = document.workshop, let index = agenda.screens.firstIndex(where: { $0.id == screenID }) else { return nil }
        let screen = agenda.screens[index]
        // A results screen without its own round shows the round of the rating screen before it.
        guard screen.kind.hidesUntilRevealed,
              let roundID = screen.roundID ?? agenda.screens[..<index].last(where: { $0.kind == .rating })?.roundID,
              document.rounds.contains(where: { $0.id == roundID }) else { return nil }
        self.screenID = screenID
        self.roundID = roundID
        statementIDs = screen.isShortRound ? ShortRound.statements(chosen: agenda.shortRoundStatements, model: model)
            : model.allDimensions.flatMap { $0.statements.map(\.id) }
    }

    /// The edits that give a rating screen a new round of its own, labelled and dated; nothing when it has one.
    public static func start(screen screenID: UUID, in document: ProjectDocument, label: String, date: Day) -> [Change] {
        guard var agenda = document.workshop, let index = agenda.screens.firstIndex(where: { $0.id == screenID }),
              agenda.screens[index].roundID.map({ id in !document.rounds.contains { $0.id == id } }) ?? true else { return [] }
        let round = AssessmentRound(date: date, label: label)
        agenda.screens[index].roundID = round.id
        return [.upsertRound(round), .setWorkshop(agenda)]
    }

    /// How many have answered, how many are expected, and whether the results are out.
    public func status(in document: ProjectDocument) -> RoundStatus {
        let screen = document.workshop?.screens.first { $0.id == screenID }
        var answered = Set<UUID>()
        for answer in document.answers where answer.roundID == roundID { answered.insert(answer.respondentID) }
        let entered = document.respondents.lazy.filter { $0.roundID == roundID }.count
        return RoundStatus(answered: answered.count, expected: max(screen?.expectedCount ?? 0, entered, answered.count),
                           isRevealed: screen?.isRevealed ?? false)
    }

    /// A new respondent for the round, labelled as the room knows them ("Deltaker 4"), optionally a partner's.
    public func addRespondent(label: String, partnerID: UUID? = nil) -> (Respondent, [Change]) {
        let respondent = Respondent(roundID: roundID, partnerID: partnerID, label: label)
        return (respondent, [.upsertRespondent(respondent)])
    }

    /// The edit that records (or replaces) a respondent's answer to one statement of the round; nothing for a
    /// statement the round does not ask or a score outside 1–5.
    public func answer(_ statementID: String, by respondentID: UUID, experience: Int?, importance: Int?, dontKnow: Bool = false,
                       in document: ProjectDocument) -> [Change] {
        guard statementIDs.contains(statementID),
              [experience, importance].allSatisfy({ $0.map { (1...5).contains($0) } ?? true }) else { return [] }
        let existing = document.answers.first {
            $0.roundID == roundID && $0.respondentID == respondentID && $0.statementID == statementID
        }
        let answer = Answer(id: existing?.id ?? UUID(), roundID: roundID, respondentID: respondentID, statementID: statementID,
                            experience: dontKnow ? nil : experience, importance: dontKnow ? nil : importance,
                            dontKnow: dontKnow, comment: existing?.comment ?? "")
        return [.upsertAnswer(answer)]
    }

    /// The edit that reveals (or hides again) the round's results on its screen.
    public func reveal(_ revealed: Bool = true, in document: ProjectDocument) -> [Change] {
        guard var agenda = document.workshop, let i = agenda.screens.firstIndex(where: { $0.id == screenID }),
              agenda.screens[i].isRevealed != revealed else { return [] }
        agenda.screens[i].isRevealed = revealed
        return [.setWorkshop(agenda)]
    }

    /// The round's results, only once revealed: what a screen or a phone may show.
    public func results(in document: ProjectDocument, model: ModelContent) -> RoundResults? {
        guard status(in: document).isRevealed else { return nil }
        return RoundResults.compute(round: roundID, answers: document.answers, model: model,
                                    threshold: document.project.anonymityThreshold)
    }
}
