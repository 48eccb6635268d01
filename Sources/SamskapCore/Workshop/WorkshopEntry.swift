import FoundationEssentials

/// The coordinator's fast entry on a rating screen: two digits per statement (experience, then importance; 0 for
/// "don't know"), statement after statement, respondent after respondent. Each statement's answer is saved the moment
/// its second digit comes, so a crash loses at most one half-typed pair.
public struct WorkshopEntry: Equatable, Sendable {
    /// The respondent being entered; nil before the first digit of the next respondent.
    public private(set) var respondentID: UUID?
    /// The respondent's number as the room counts ("Deltaker 3"), from 1.
    public private(set) var respondentNumber = 0
    /// The statement the next digits are for, from 0.
    public private(set) var statement = 0
    /// The experience typed for the statement, waiting for its importance.
    public private(set) var pendingExperience: Int?

    /// An entry that starts with the next respondent.
    public init() {}

    /// What a digit saves: the changes (possibly none yet) and whether it finished a respondent.
    public mutating func press(digit: Int, session: RoundSession, in document: ProjectDocument,
                               label: (Int) -> String) -> [Change] {
        guard (0...5).contains(digit), !session.statementIDs.isEmpty else { return [] }
        var changes: [Change] = []
        var current = document
        if respondentID == nil {
            // Respondents registered beforehand (the partners, on the Process page) answer first, in their order.
            let inRound = document.respondents.filter { $0.roundID == session.roundID }
            let answered = Set(document.answers.lazy.filter { $0.roundID == session.roundID }.map(\.respondentID))
            if let waiting = inRound.firstIndex(where: { !answered.contains($0.id) }) {
                respondentNumber = waiting + 1
                respondentID = inRound[waiting].id
            } else {
                respondentNumber = inRound.count + 1
                let (respondent, add) = session.addRespondent(label: label(respondentNumber))
                respondentID = respondent.id
                changes += add
                current = current.applying(add)
            }
            statement = 0
            pendingExperience = nil
        }
        guard let respondentID else { return changes }
        let statementID = session.statementIDs[statement]
        if digit == 0 {
            changes += session.answer(statementID, by: respondentID, experience: nil, importance: nil, dontKnow: true, in: current)
        } else if let experience = pendingExperience {
            changes += session.answer(statementID, by: respondentID, experience: experience, importance: digit, in: current)
        } else {
            pendingExperience = digit
            return changes
        }
        pendingExperience = nil
        statement += 1
        if statement >= session.statementIDs.count {
            self.respondentID = nil
            statement = 0
        }
        return changes
    }

    /// Forgets a half-typed pair (Backspace): the experience waiting for its importance.
    public mutating func clearPending() { pendingExperience = nil }

    /// Where the entry stands for the screen: the respondent's number and the statement's, from 1; nil between respondents.
    public var position: (respondent: Int, statement: Int)? {
        respondentID == nil ? nil : (respondentNumber, statement + 1)
    }
}
