/// Where the fast answer entry stands and what each key does: the workshop's way of typing answers.
///
/// Keys 1–5 set experience, then 1–5 set importance and move on; 0 or ? mark "don't know" and move on;
/// Enter or → skip ahead, ← goes back; Backspace clears. After a respondent's last statement the entry stops
/// on a summary of that respondent, and Enter goes on to the next one: the room sees that one person is done
/// before the next begins. Two key presses per statement, so a facilitator can keep up with the room.
public struct FastEntry: Equatable {
    /// Which score the next digit sets.
    public enum Awaiting: Equatable { case experience, importance }

    /// What a key asks the window to save for the statement it was pressed on.
    public enum Effect: Equatable {
        case setExperience(Int)
        case setImportance(Int)
        case setDontKnow
        case clear
        case none
    }

    /// Statements per respondent (44 with the model of figure 5).
    public var statementCount: Int
    /// Respondents in the round.
    public var respondentCount: Int
    /// The statement on screen.
    public var statement = 0
    /// The respondent answering.
    public var respondent = 0
    /// Which score the next digit sets.
    public var awaiting = Awaiting.experience
    /// Past the last statement of a respondent who is not the last: waiting for Enter to start the next one.
    public var isRespondentDone = false
    /// Past the last statement of the last respondent: everyone has been through.
    public var isFinished = false

    /// An entry at the first statement of the first respondent.
    public init(statementCount: Int, respondentCount: Int) {
        self.statementCount = statementCount
        self.respondentCount = respondentCount
    }

    /// What a key does here, and where the entry stands afterwards. The effect applies to the
    /// (respondent, statement) on screen before the key.
    public mutating func press(_ key: FastEntryKey) -> Effect {
        guard statementCount > 0, respondentCount > 0 else { return .none }
        if isFinished {
            if key == .previous { isFinished = false; awaiting = .experience }
            return .none
        }
        if isRespondentDone {
            // Only Enter (on to the next respondent) and ← (back to the last statement) leave the summary.
            guard key == .next || key == .previous else { return .none }
            isRespondentDone = false
            awaiting = .experience
            if key == .next {
                respondent += 1
                statement = 0
            }
            return .none
        }
        switch key {
        case let .digit(n) where n == 0:
            advance()
            return .setDontKnow
        case let .digit(n) where (1...5).contains(n):
            if awaiting == .experience {
                awaiting = .importance
                return .setExperience(n)
            }
            advance()
            return .setImportance(n)
        case .dontKnow:
            advance()
            return .setDontKnow
        case .next:
            advance()
            return .none
        case .previous:
            back()
            return .none
        case .clear:
            awaiting = .experience
            return .clear
        case .digit, .other:
            return .none
        }
    }

    /// Moves to a respondent and statement (a click in the window), waiting for experience.
    public mutating func go(respondent: Int, statement: Int) {
        self.respondent = max(0, min(respondent, respondentCount - 1))
        self.statement = max(0, min(statement, statementCount - 1))
        awaiting = .experience
        isFinished = false
        isRespondentDone = false
    }

    private mutating func advance() {
        awaiting = .experience
        if statement + 1 < statementCount {
            statement += 1
        } else if respondent + 1 < respondentCount {
            isRespondentDone = true
        } else {
            isFinished = true
        }
    }

    private mutating func back() {
        awaiting = .experience
        if statement > 0 {
            statement -= 1
        } else if respondent > 0 {
            respondent -= 1
            statement = statementCount - 1
        }
    }
}
