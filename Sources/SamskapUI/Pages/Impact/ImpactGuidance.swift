import SamskapCore

/// Our short guidance and a worked example for each of SoImpact's ten steps, in the window's language.
///
/// The example follows one made-up project throughout (older immigrant women who live alone), so that the
/// steps read as one story from problem to evaluation.
enum ImpactGuidance {
    /// What to write in the step, in two or three sentences.
    static func guidance(_ step: ImpactStepKind) -> String {
        switch step {
        case .problem:
            tr("Describe the problem as those who live with it see it: who it affects, how it shows, and why no single service can solve it alone.")
        case .goals:
            tr("Write the few overall goals the partners agree on: what should be different when the work has succeeded.")
        case .targetGroups:
            tr("Who is the work for, and who else is affected? Describe each group: how many, what they need and what they already bring.")
        case .activities:
            tr("List the main activities, then explain why they should lead to the change you want: if we do this, then that happens, because …")
        case .indicators:
            tr("Choose what you will measure at each level of the results chain: output, outcome and impact. Reuse known indicators from the catalogue where they fit, and let the users help choose.")
        case .methods:
            tr("For each indicator, decide how it is measured, where the data come from, who collects them and how often. Combine figures with interviews and observations.")
        case .targets:
            tr("Set a target value and a date for each indicator: realistic, agreed with the partners and on the better side of the starting point.")
        case .baseline:
            tr("Measure where you start before the work changes anything, and note the date. Without a starting point you cannot show progress.")
        case .measurements:
            tr("Measure at the agreed times and type or paste the figures into the table. Look at them together and steer by them, not only at the end.")
        case .evaluation:
            tr("Meet regularly to read the measurements: what did we learn, what do we adjust, and what went wrong? Setbacks belong in the log too.")
        }
    }

    /// A short example of what a project might write.
    static func example(_ step: ImpactStepKind) -> String {
        switch step {
        case .problem:
            tr("Many older women who came to Norway as adults live alone in our district. They seldom go out in winter, speak little Norwegian and do not know the offers that exist. The health centre, the mosque and the volunteer centre each see a part of it.")
        case .goals:
            tr("The women meet others at least once a week. They know where to turn for help. The district has a meeting place they have helped to shape.")
        case .targetGroups:
            tr("About 60 women over 65 born abroad. Their daughters and granddaughters, who often interpret. The staff at the health centre, whose way of working will change.")
        case .activities:
            tr("A weekly cooking group in the volunteer centre’s kitchen with a bilingual host. If the women meet where they feel at home, they make friends and hear about other offers, because trust grows through people they know.")
        case .indicators:
            tr("Output: women who took part in the cooking group. Outcome: women who meet others every week outside the group. Impact: women who say they seldom feel lonely, a year later.")
        case .methods:
            tr("The host counts participants every week. Twice a year the health centre asks each woman three short questions in her own language.")
        case .targets:
            tr("30 women in the cooking group by June next year; half of them meeting others every week by the end of the project.")
        case .baseline:
            tr("In September, 4 of the 25 women we spoke with met others every week.")
        case .measurements:
            tr("At the end of each quarter the host pastes the attendance figures from the spreadsheet.")
        case .evaluation:
            tr("Few came during Ramadan. We moved the group to the evening that month, and attendance rose again.")
        }
    }

    /// The step's name in the window's language.
    static func name(_ step: ImpactStepKind) -> String { step.term.text(Translations.language) }

    /// Whether the step works with the indicators (steps 5 to 9).
    static func usesIndicators(_ step: ImpactStepKind) -> Bool {
        (ImpactStepKind.indicators.rawValue...ImpactStepKind.measurements.rawValue).contains(step.rawValue)
    }
}
