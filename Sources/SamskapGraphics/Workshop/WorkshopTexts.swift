import SamskapCore

/// Every text the workshop screens draw, in one place so they can move to the gettext catalogue in one go.
enum WorkshopTexts {
    static func kind(_ kind: WorkshopScreenKind) -> LocalizedText {
        switch kind {
        case .title: LocalizedText(nb: "Tittel", en: "Title")
        case .model: LocalizedText(nb: "Modellen", en: "The model")
        case .rating: LocalizedText(nb: "Vurderingsrunde", en: "Rating round")
        case .reveal: LocalizedText(nb: "Resultater", en: "Results")
        case .groups: LocalizedText(nb: "Sammenligning av grupper", en: "Comparison of groups")
        case .position: LocalizedText(nb: "Hvor står vi?", en: "Where do we stand?")
        case .mentalRooms: LocalizedText(nb: "De fire rommene", en: "The four rooms")
        case .indicators: LocalizedText(nb: "Indikatorer", en: "Indicators")
        case .timer: LocalizedText(nb: "Tidtaker", en: "Timer")
        case .decisions: LocalizedText(nb: "Dette er vi enige om", en: "What we agree on")
        }
    }

    static func footer(_ index: Int, _ count: Int) -> LocalizedText {
        LocalizedText(nb: "Skjerm \(index + 1) av \(count) · ? viser tastene", en: "Screen \(index + 1) of \(count) · ? shows the keys")
    }

    static func answered(_ answered: Int, _ expected: Int) -> LocalizedText {
        LocalizedText(nb: "\(answered) av \(expected) har svart", en: "\(answered) of \(expected) have answered")
    }

    static let hiddenUntilRevealed = LocalizedText(
        nb: "Resultatene vises når koordinatoren trykker R.", en: "The results show when the coordinator presses R.")
    static let noRound = LocalizedText(
        nb: "Ingen runde ennå. Trykk N for å starte en ny runde.", en: "No round yet. Press N to start a new round.")
    static func entering(_ respondent: Int, _ statement: Int, _ count: Int) -> LocalizedText {
        LocalizedText(nb: "Registrerer deltaker \(respondent): påstand \(statement) av \(count)",
                      en: "Entering participant \(respondent): statement \(statement) of \(count)")
    }
    static let shortRound = LocalizedText(nb: "Kort runde: én påstand per felt og verdi", en: "Short round: one statement per field and value")
    static let fullRound = LocalizedText(nb: "Full runde: alle påstandene", en: "Full round: every statement")
    static let mostDisputed = LocalizedText(nb: "Mest uenige", en: "Most disputed")
    static let largestGap = LocalizedText(nb: "Størst avstand mellom viktighet og opplevelse",
                                          en: "Largest gap between importance and experience")
    static func spread(_ lo: String, _ hi: String) -> LocalizedText {
        LocalizedText(nb: "fra \(lo) til \(hi)", en: "from \(lo) to \(hi)")
    }
    static func gap(_ importance: String, _ experience: String) -> LocalizedText {
        LocalizedText(nb: "viktighet \(importance), opplevelse \(experience)", en: "importance \(importance), experience \(experience)")
    }
    static func previous(_ label: String, _ mean: String) -> LocalizedText {
        LocalizedText(nb: "Forrige runde (\(label)): \(mean)", en: "Previous round (\(label)): \(mean)")
    }
    static let tooFewToShow = LocalizedText(nb: "For få svar til å vise resultater.", en: "Too few answers to show results.")
    static func groupHidden(_ name: String, _ n: Int, _ threshold: Int) -> LocalizedText {
        LocalizedText(nb: "\(name): skjult, bare \(n) har svart (minst \(threshold) trengs for å vise en gruppe)",
                      en: "\(name): hidden, only \(n) answered (a group needs at least \(threshold) to be shown)")
    }
    static func groupLine(_ name: String, _ n: Int) -> LocalizedText {
        LocalizedText(nb: "\(name) (\(n) svar)", en: "\(name) (\(n) answers)")
    }
    static func weakestStrongest(_ weak: String, _ strong: String) -> LocalizedText {
        LocalizedText(nb: "Svakest: \(weak) · Sterkest: \(strong)", en: "Weakest: \(weak) · Strongest: \(strong)")
    }
    static let noGroups = LocalizedText(nb: "Ingen svar fra samarbeidspartnere med sektor ennå.",
                                        en: "No answers from partners with a sector yet.")
    static func room(_ room: MentalRoom) -> LocalizedText {
        switch room {
        case .complaining: LocalizedText(nb: "Klagerommet", en: "The complaining room")
        case .reminiscing: LocalizedText(nb: "Mimrerommet", en: "The reminiscing room")
        case .worrying: LocalizedText(nb: "Bekymringsrommet", en: "The worry room")
        case .wishes: LocalizedText(nb: "Rommet for ønskede løsninger", en: "The room of wished-for solutions")
        }
    }
    static func roomKey(_ k: Int) -> LocalizedText {
        LocalizedText(nb: "Tast \(k) teller", en: "Key \(k) counts")
    }
    static let roomsHint = LocalizedText(nb: "Flytt samtalen mot ressurser og løsninger.", en: "Move the talk towards resources and solutions.")
    static let timerHint = LocalizedText(nb: "Mellomrom starter og stopper · 0 nullstiller", en: "Space starts and stops · 0 resets")
    static let decisionsHint = LocalizedText(nb: "Skriv det dere blir enige om. Ctrl+Enter lagrer i evalueringsloggen.",
                                             en: "Type what you agree on. Ctrl+Enter saves it to the evaluation log.")
    static let noDecisions = LocalizedText(nb: "Ingen beslutninger skrevet ennå.", en: "No decisions typed yet.")
    static let noIndicators = LocalizedText(nb: "Prosjektet har ingen indikatorer ennå.", en: "The project has no indicators yet.")
    static let noProblem = LocalizedText(nb: "Problemet er ikke beskrevet ennå.", en: "The problem is not described yet.")
    static let values = LocalizedText(nb: "Verdier", en: "Values")
    static let fields = LocalizedText(nb: "Handlingsfelt", en: "Action fields")
    static let circle = LocalizedText(nb: "Sirkelen", en: "The circle")
    static let noPhase = LocalizedText(nb: "ingen fase valgt", en: "no phase chosen")
    static let chartShows = LocalizedText(nb: "Diagram", en: "Chart")
}
