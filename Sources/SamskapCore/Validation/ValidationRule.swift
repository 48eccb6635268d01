/// Which check found an issue: a stable code for tests, `samskap check` output and filtering.
public enum ValidationRule: String, Codable, CaseIterable, Sendable {
    case projectNameEmpty, projectNameTooLong, periodEndBeforeStart, anonymityThresholdOutOfRange, municipalityNumberInvalid
    case partnerNameEmpty, partnerEmailInvalid, anchorPointEmpty
    case goalTextEmpty, subGoalTextEmpty
    case indicatorNameEmpty, indicatorUnitMissing, indicatorTargetDateBeforeBaseline, indicatorTargetOnWrongSide,
         qualitativeIndicatorWithNumber, indicatorValueOutOfRange
    case measurementNotANumber, measurementValueOutOfRange, measurementValueMissing, measurementNoteMissing, measurementOutsidePeriod, measurementInFuture
    case answerExperienceOutOfRange, answerImportanceOutOfRange, answerDontKnowWithScores, answerUnknownStatement
    case roundLabelEmpty, respondentUnidentified
    /// A record points at another record that is not in the project (found in imported files).
    case unknownReference
}
