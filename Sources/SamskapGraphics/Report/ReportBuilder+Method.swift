import SamskapCore

/// Section 7: how the figures of this report are computed, in the words of the code in Computations/.
///
/// The thresholds are read from `ProcessThresholds` and `IndicatorProgress.tolerance`, so the note
/// cannot drift from the computation.
extension ReportBuilder {
    func buildMethod() {
        heading(1, t(ReportSection.method.term))
        let spread = format.score(ProcessThresholds.divergentSpread)
        let gap = format.score(ProcessThresholds.unmetGap)
        let tolerance = format.number(IndicatorProgress.tolerance * 100, decimals: 0)
        let threshold = document.project.anonymityThreshold

        heading(2, tr("The process: scores, spread and gap", in: language))
        paragraph(tr("In each assessment round the partners respond to statements about the model’s seven action fields and four values. For each statement they give how they experience the collaboration and how important it is to them, both on a scale from 1 to 5. “Don’t know” and empty answers are left out.", in: language))
        bullets([
            tr("Each respondent’s score for a field or value is the mean of their answers to the statements that belong to it.", in: language),
            tr("The group’s score is the mean of the respondents’ scores. So everyone counts the same, also someone who answered fewer statements.", in: language),
            trf("Spread is the highest minus the lowest score among the respondents. At %1$s points or more the field counts as disputed.", in: language, "\(spread)"),
            trf("Gap is mean importance minus mean experience. At %1$s points or more expectations are not met.", in: language, "\(gap)"),
            trf("When fewer than %1$s have answered on a field (the project’s anonymity threshold), only the count is shown, so that nobody can be singled out.", in: language, "\(threshold)"),
            tr("The weakest fields are the action fields with the lowest mean experience in the latest round.", in: language),
        ])

        heading(2, tr("The results: progress and status", in: language))
        paragraph(tr("Each quantitative indicator has a baseline, a target and measurements. The latest measurement is the most recent one with a number.", in: language))
        bullets([
            tr("Progress = (latest − baseline) / (target − baseline): 0 at the baseline, 1 at the target, negative when the figure moves the wrong way.", in: language),
            tr("Expected progress is the share of the time from the baseline date to the target date that has passed at the latest measurement (between 0 and 1).", in: language),
            trf("“On track”: the target is reached, or progress is at least expected progress minus %1$s percentage points. Without dates, the indicator is on track when progress is above 0.", in: language, "\(tolerance)"),
            tr("“Behind”: progress is lower than that.", in: language),
            tr("When the target equals the baseline, the indicator is on track as long as the latest value is at least as good as the target in the desired direction.", in: language),
            tr("When the target lies on the wrong side of the baseline for the direction, only the direction is judged: on track when the latest value is better than the baseline.", in: language),
            tr("“No data”: the baseline, the target or a measurement is missing.", in: language),
            tr("Qualitative indicators get no score. They show as “Described” when they have at least one noted observation.", in: language),
        ])
        paragraph(tr("Status is always shown with colour, shape and word together: ● on track, ▲ behind, ○ no data, ◆ described.", in: language),
                  color: ReportStyle.muted)
        planAdvice()
        buildWorkshopMethod()
        paragraph(tr("The model of four values and seven action fields and the measuring of social value build on the handbook “Samskapende sosial innovasjon” (KS and USN SESAM).", in: language),
                  font: .small, color: ReportStyle.muted)
    }
}
