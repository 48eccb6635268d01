import FoundationEssentials
import SamskapCore

/// Words the charts print, in both languages and in the domain's terms.
enum ChartStrings {
    static let noRoundYet = LocalizedText(nb: "Ingen vurderingsrunde ennå. Fargene kommer når samarbeidspartnerne har svart.",
                                          en: "No assessment round yet. The colours appear once the partners have answered.")
    static let noRoundEmpty = LocalizedText(nb: "Ingen vurderingsrunde ennå. Start en runde, så vises profilen her.",
                                            en: "No assessment round yet. Start a round and the profile appears here.")
    static let hiddenNote = LocalizedText(nb: "– = for få svar til å vises (anonymitet)", en: "– = too few answers to show (anonymity)")
    static let allHidden = LocalizedText(nb: "For få har svart i denne runden til at resultatene kan vises.",
                                         en: "Too few have answered in this round for the results to be shown.")
    static let experience = LocalizedText(nb: "Opplevd", en: "Experience")
    static let importance = LocalizedText(nb: "Viktighet", en: "Importance")
    static let range = LocalizedText(nb: "Spenn mellom respondentene", en: "Range across respondents")
    static let groupMean = LocalizedText(nb: "Opplevd (snitt)", en: "Experience (mean)")
    static let scoreScale = LocalizedText(nb: "Opplevd, 1 (lite) – 5 (mye)", en: "Experience, 1 (little) – 5 (much)")
    static let values = LocalizedText(nb: "Verdier", en: "Values")
    static let fields = LocalizedText(nb: "Handlingsfelt", en: "Action fields")
    static let spread = LocalizedText(nb: "Uenighet: spredning mellom respondentene", en: "Disagreement: spread between respondents")
    static let gap = LocalizedText(nb: "Forventning ikke innfridd: viktighet minus opplevd", en: "Unmet expectation: importance minus experience")
    static let divergentFlag = LocalizedText(nb: "uenige", en: "differ")
    static let unmetFlag = LocalizedText(nb: "ikke innfridd", en: "unmet")
    static let threshold = LocalizedText(nb: "terskel", en: "threshold")
    static let trendOrder = LocalizedText(nb: "Handlingsfelt 1–7, deretter verdier 1–4", en: "Action fields 1–7, then values 1–4")
    static let needTwoRounds = LocalizedText(nb: "Én runde så langt: utviklingen vises fra neste runde.",
                                             en: "One round so far: the trend shows from the next round.")
    static let noIndicators = LocalizedText(nb: "Ingen indikatorer ennå. Legg dem til i trinn 5 under Effektmåling.",
                                            en: "No indicators yet. Add them in step 5 under Impact.")
    static let baseline = LocalizedText(nb: "Utgangspunkt", en: "Baseline")
    static let target = LocalizedText(nb: "Mål", en: "Target")
    static let measured = LocalizedText(nb: "Målt", en: "Measured")
    static let noMeasurement = LocalizedText(nb: "Ingen målinger ennå", en: "No measurements yet")
    static let noNotes = LocalizedText(nb: "Ingen notater ennå", en: "No notes yet")
    static let inputs = LocalizedText(nb: "Innsatsfaktorer", en: "Inputs")
    static let noActivities = LocalizedText(nb: "Ingen aktiviteter", en: "No activities")
    static let noIndicatorsAtLevel = LocalizedText(nb: "Ingen indikatorer", en: "No indicators")
    /// "2 av 5 i rute": how many of a level's indicators are on track.
    static func onTrackOf(_ onTrack: Int, _ total: Int) -> LocalizedText {
        LocalizedText(nb: "\(onTrack) av \(total) i rute", en: "\(onTrack) of \(total) on track")
    }
    /// "5 aktiviteter" / "1 activity".
    static func activities(_ n: Int) -> LocalizedText {
        LocalizedText(nb: n == 1 ? "1 aktivitet" : "\(n) aktiviteter", en: n == 1 ? "1 activity" : "\(n) activities")
    }
    static let planning = LocalizedText(nb: "Planlegging og design ↓", en: "Planning and design ↓")
    static let delivery = LocalizedText(nb: "Levering →", en: "Delivery →")
    static let theProject = LocalizedText(nb: "Prosjektet", en: "The project")
    static let notPlaced = LocalizedText(nb: "Prosjektet er ikke plassert i matrisen ennå.", en: "The project is not placed in the matrix yet.")
    static let noUnits = LocalizedText(nb: "Ingen enheter plassert ennå. Legg til hvor enhetene står.",
                                       en: "No units placed yet. Add where the units stand.")
    static let noPartners = LocalizedText(nb: "Ingen samarbeidspartnere ennå. Legg til den første.",
                                          en: "No partners yet. Add the first partner.")
    static let allThreeRoles = LocalizedText(nb: "Innbyggere i alle tre roller", en: "Citizens in all three roles")
    static let missingRoles = LocalizedText(nb: "Roller som mangler", en: "Roles missing")
    static let respondents = LocalizedText(nb: "respondenter", en: "respondents")
    static let round = LocalizedText(nb: "Runde", en: "Round")
    static let partner = LocalizedText(nb: "Partner", en: "Partner")
    static let thick = LocalizedText(nb: "tykk", en: "thick")
    static let thin = LocalizedText(nb: "tynn", en: "thin")

    /// "Resultat: 4 av 250 vist" / "Output: 4 of 250 shown".
    static func shownOf(_ what: String, _ shown: Int, _ total: Int) -> LocalizedText {
        LocalizedText(nb: "\(what): \(shown) av \(total) vist – alle står under Effektmåling og i rapporten",
                      en: "\(what): \(shown) of \(total) shown – all are under Impact and in the report")
    }

    /// Levels of indicators the chart had no room for.
    static func notShown(_ levels: String) -> LocalizedText {
        LocalizedText(nb: "Ikke vist: \(levels) – alle står under Effektmåling og i rapporten",
                      en: "Not shown: \(levels) – all are under Impact and in the report")
    }

    /// "+ 3 til" / "+ 3 more".
    static func more(_ n: Int) -> LocalizedText { LocalizedText(nb: "+ \(n) til", en: "+ \(n) more") }

    /// A number with one decimal, with a decimal comma in bokmål.
    static func score(_ value: Double, _ language: Language) -> String {
        let s = value.decimalString(places: 1)
        return language == .nb ? s.replacing(".", with: ",") : s
    }

    /// A measurement value: integers without decimals, others with up to two; "–" for one outside the range a
    /// measurement may hold (NaN, infinity, a value from a hand-edited file).
    static func number(_ value: Double, _ language: Language) -> String {
        guard Measurement.isUsable(value) else { return "–" }
        var s = abs(value - value.rounded()) < 1e-9 ? abs(value.rounded()).decimalString(places: 0) : abs(value).decimalString(places: 2)
        if s.contains(".") { while s.hasSuffix("0") { s.removeLast() } }
        if s.hasSuffix(".") { s.removeLast() }
        let parts = s.split(separator: ".", maxSplits: 1)
        var whole = String(parts[0])
        // Thousands apart from five digits on: a thin no-break space in bokmål (430 000), a comma in English.
        if whole.count > 4 { whole = NumberText.groupingThousands(whole, with: language == .nb ? "\u{202F}" : ",") }
        let text = parts.count > 1 ? whole + (language == .nb ? "," : ".") + parts[1] : whole
        return value < 0 && text.contains(where: { $0 != "0" && $0 != "," && $0 != "." }) ? "\u{2212}" + text : text
    }
}
