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

        heading(2, t("Prosessen: skårer, spredning og gap", "The process: scores, spread and gap"))
        paragraph(t("I hver vurderingsrunde tar samarbeidspartnerne stilling til påstander om de sju handlingsfeltene og de fire verdiene i modellen. For hver påstand oppgir de hvordan de opplever samarbeidet og hvor viktig det er for dem, begge på en skala fra 1 til 5. «Vet ikke» og tomme svar regnes ikke med.",
                    "In each assessment round the partners respond to statements about the model’s seven action fields and four values. For each statement they give how they experience the collaboration and how important it is to them, both on a scale from 1 to 5. “Don’t know” and empty answers are left out."))
        bullets([
            t("Hver svarendes skår for et felt eller en verdi er gjennomsnittet av vedkommendes svar på påstandene som hører til.",
              "Each respondent’s score for a field or value is the mean of their answers to the statements that belong to it."),
            t("Gruppens skår er gjennomsnittet av de svarendes skårer. Slik teller alle likt, også den som svarte på færre påstander.",
              "The group’s score is the mean of the respondents’ scores. So everyone counts the same, also someone who answered fewer statements."),
            t("Spredning er høyeste minus laveste skår blant de svarende. Ved \(spread) poeng eller mer regnes feltet som omstridt.",
              "Spread is the highest minus the lowest score among the respondents. At \(spread) points or more the field counts as disputed."),
            t("Gap er gjennomsnittlig viktighet minus gjennomsnittlig opplevelse. Ved \(gap) poeng eller mer er forventningene ikke innfridd.",
              "Gap is mean importance minus mean experience. At \(gap) points or more expectations are not met."),
            t("Har færre enn \(threshold) svart på et felt (prosjektets terskel for anonymitet), vises bare antallet, slik at ingen kan gjenkjennes.",
              "When fewer than \(threshold) have answered on a field (the project’s anonymity threshold), only the count is shown, so that nobody can be singled out."),
            t("De svakeste feltene er handlingsfeltene med lavest gjennomsnittlig opplevelse i siste runde.",
              "The weakest fields are the action fields with the lowest mean experience in the latest round."),
        ])

        heading(2, t("Resultatene: framdrift og status", "The results: progress and status"))
        paragraph(t("Hver kvantitativ indikator har et utgangspunkt, et mål og målinger. Siste måling er den nyeste målingen med et tall.",
                    "Each quantitative indicator has a baseline, a target and measurements. The latest measurement is the most recent one with a number."))
        bullets([
            t("Framdrift = (siste måling − utgangspunkt) / (mål − utgangspunkt): 0 ved utgangspunktet, 1 ved målet, negativ når tallet går feil vei.",
              "Progress = (latest − baseline) / (target − baseline): 0 at the baseline, 1 at the target, negative when the figure moves the wrong way."),
            t("Forventet framdrift er andelen av tiden fra utgangspunktets dato til målets dato som har gått ved siste måling (mellom 0 og 1).",
              "Expected progress is the share of the time from the baseline date to the target date that has passed at the latest measurement (between 0 and 1)."),
            t("«I rute»: målet er nådd, eller framdriften er minst forventet framdrift minus \(tolerance) prosentpoeng. Mangler datoene, er indikatoren i rute når framdriften er over 0.",
              "“On track”: the target is reached, or progress is at least expected progress minus \(tolerance) percentage points. Without dates, the indicator is on track when progress is above 0."),
            t("«Bak skjema»: framdriften er lavere enn dette.", "“Behind”: progress is lower than that."),
            t("Er målet lik utgangspunktet, er indikatoren i rute så lenge siste måling er minst like god som målet i ønsket retning.",
              "When the target equals the baseline, the indicator is on track as long as the latest value is at least as good as the target in the desired direction."),
            t("Ligger målet på feil side av utgangspunktet for retningen, vurderes bare retningen: i rute når siste måling er bedre enn utgangspunktet.",
              "When the target lies on the wrong side of the baseline for the direction, only the direction is judged: on track when the latest value is better than the baseline."),
            t("«Mangler data»: utgangspunkt, mål eller måling mangler.", "“No data”: the baseline, the target or a measurement is missing."),
            t("Kvalitative indikatorer får ingen skår. De står som «Beskrevet» når de har minst én notert observasjon.",
              "Qualitative indicators get no score. They show as “Described” when they have at least one noted observation."),
        ])
        paragraph(t("Status vises alltid med farge, form og ord sammen: ● i rute, ▲ bak skjema, ○ mangler data, ◆ beskrevet.",
                    "Status is always shown with colour, shape and word together: ● on track, ▲ behind, ○ no data, ◆ described."),
                  color: ReportStyle.muted)
        planAdvice()
        buildWorkshopMethod()
        paragraph(t("Modellen med fire verdier og sju handlingsfelt og målingen av samfunnsverdi bygger på håndboka «Samskapende sosial innovasjon» (KS og USN SESAM).",
                    "The model of four values and seven action fields and the measuring of social value build on the handbook “Samskapende sosial innovasjon” (KS and USN SESAM)."),
                  font: .small, color: ReportStyle.muted)
    }
}
