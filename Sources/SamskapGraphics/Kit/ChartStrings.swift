import FoundationEssentials
import SamskapCore

/// Words the charts print, in both languages and in the domain's terms.
enum ChartStrings {
    static let noRoundYet = LocalizedText("No assessment round yet. The colours appear once the partners have answered.")
    static let noRoundEmpty = LocalizedText("No assessment round yet. Start a round and the profile appears here.")
    static let hiddenNote = LocalizedText("– = too few answers to show (anonymity)")
    static let allHidden = LocalizedText("Too few have answered in this round for the results to be shown.")
    static let experience = LocalizedText("Experience")
    static let importance = LocalizedText("Importance")
    static let range = LocalizedText("Range across respondents")
    static let groupMean = LocalizedText("Experience (mean)")
    static let previousRound = LocalizedText("Previous round")
    static let scoreScale = LocalizedText("Experience, 1 (little) – 5 (much)")
    static let values = LocalizedText("Values")
    static let fields = LocalizedText("Action fields")
    static let spread = LocalizedText("Disagreement: spread between respondents")
    static let gap = LocalizedText("Unmet expectation: importance minus experience")
    static let divergentFlag = LocalizedText("differ")
    static let unmetFlag = LocalizedText("unmet")
    static let threshold = LocalizedText("threshold")
    static let trendOrder = LocalizedText("Action fields 1–7, then values 1–4")
    static let needTwoRounds = LocalizedText("One round so far: the trend shows from the next round.")
    static let noIndicators = LocalizedText("No indicators yet. Add them in step 5 under Impact.")
    static let baseline = LocalizedText("Baseline")
    static let target = LocalizedText("Target")
    static let measured = LocalizedText("Measured")
    static let noMeasurement = LocalizedText("No measurements yet")
    static let noNotes = LocalizedText("No notes yet")
    static let inputs = LocalizedText("Inputs")
    static let noActivities = LocalizedText("No activities")
    static let noIndicatorsAtLevel = LocalizedText("No indicators")
    /// "2 av 5 i rute": how many of a level's indicators are on track.
    static func onTrackOf(_ onTrack: Int, _ total: Int) -> LocalizedText {
        LocalizedText("%1$s of %2$s on track", "\(onTrack)", "\(total)")
    }
    /// "5 aktiviteter" / "1 activity".
    static func activities(_ n: Int) -> LocalizedText {
        LocalizedText.forCount("%1$s activity", "%1$s activities", n)
    }
    static let planning = LocalizedText("Planning and design ↓")
    static let delivery = LocalizedText("Delivery →")
    static let theProject = LocalizedText("The project")
    static let notPlaced = LocalizedText("The project is not placed in the matrix yet.")
    static let noUnits = LocalizedText("No units placed yet. Add where the units stand.")
    static let noPartners = LocalizedText("No partners yet. Add the first partner.")
    static let allThreeRoles = LocalizedText("Citizens in all three roles")
    static let missingRoles = LocalizedText("Roles missing")
    static let respondents = LocalizedText("respondents")
    static let round = LocalizedText("Round")
    static let partner = LocalizedText.inContext("chart label, short for a partner", "Partner")
    static let thick = LocalizedText("thick")
    static let thin = LocalizedText("thin")

    /// "Resultat: 4 av 250 vist" / "Output: 4 of 250 shown".
    static func shownOf(_ what: String, _ shown: Int, _ total: Int) -> LocalizedText {
        LocalizedText("%1$s: %2$s of %3$s shown – all are under Impact and in the report", "\(what)", "\(shown)", "\(total)")
    }

    /// Levels of indicators the chart had no room for.
    static func notShown(_ levels: String) -> LocalizedText {
        LocalizedText("Not shown: %1$s – all are under Impact and in the report", "\(levels)")
    }

    /// "+ 3 til" / "+ 3 more".
    static func more(_ n: Int) -> LocalizedText { LocalizedText("+ %1$s more", "\(n)") }

    /// A number with one decimal, with a decimal comma in bokmål.
    static func score(_ value: Double, _ language: Language) -> String {
        let s = value.decimalString(places: 1)
        return language.isNorwegian ? s.replacing(".", with: ",") : s
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
        if whole.count > 4 { whole = NumberText.groupingThousands(whole, with: (language.isNorwegian ? "\u{202F}" : ",")) }
        let text = parts.count > 1 ? whole + (language.isNorwegian ? "," : ".") + parts[1] : whole
        return value < 0 && text.contains(where: { $0 != "0" && $0 != "," && $0 != "." }) ? "\u{2212}" + text : text
    }
}
