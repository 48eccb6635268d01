import FoundationEssentials
import SamskapCore

/// Turns a fast-entry effect into the edit of one answer: what is saved when a key is pressed.
public enum AnswerEdit {
    /// The change for `effect` on the answer of one respondent to one statement (`existing` when there is one);
    /// nil when nothing changes.
    public static func change(for effect: FastEntry.Effect, existing: Answer?, roundID: UUID, respondentID: UUID,
                       statementID: String) -> Change? {
        var answer = existing ?? Answer(roundID: roundID, respondentID: respondentID, statementID: statementID)
        switch effect {
        case .none:
            return nil
        case let .setExperience(n):
            answer.experience = n
            answer.dontKnow = false
        case let .setImportance(n):
            answer.importance = n
            answer.dontKnow = false
        case .setDontKnow:
            answer.experience = nil
            answer.importance = nil
            answer.dontKnow = true
        case .clear:
            guard let existing else { return nil }
            // A comment is worth keeping; without one the answer goes.
            if existing.comment.isEmpty { return .deleteAnswer(existing.id) }
            answer.experience = nil
            answer.importance = nil
            answer.dontKnow = false
        }
        return answer == existing ? nil : .upsertAnswer(answer)
    }

    /// The change that sets the comment of an answer (creating it when needed); nil when unchanged.
    public static func comment(_ text: String, existing: Answer?, roundID: UUID, respondentID: UUID, statementID: String) -> Change? {
        var answer = existing ?? Answer(roundID: roundID, respondentID: respondentID, statementID: statementID)
        answer.comment = text
        return answer == existing || (existing == nil && text.isEmpty) ? nil : .upsertAnswer(answer)
    }
}
