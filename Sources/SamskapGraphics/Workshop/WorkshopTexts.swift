import SamskapCore

/// Every text the workshop screens draw, in one place so they can move to the gettext catalogue in one go.
enum WorkshopTexts {
    static func kind(_ kind: WorkshopScreenKind) -> LocalizedText {
        switch kind {
        case .title: LocalizedText("Title")
        case .model: LocalizedText("The model")
        case .rating: LocalizedText("Rating round")
        case .reveal: LocalizedText("Results")
        case .groups: LocalizedText("Comparison of groups")
        case .position: LocalizedText("Where do we stand?")
        case .mentalRooms: LocalizedText("The four rooms")
        case .indicators: LocalizedText("Indicators")
        case .timer: LocalizedText("Timer")
        case .decisions: LocalizedText("What we agree on")
        }
    }

    static func footer(_ index: Int, _ count: Int) -> LocalizedText {
        LocalizedText("Screen %1$s of %2$s · ? shows the keys", "\(index + 1)", "\(count)")
    }

    static func answered(_ answered: Int, _ expected: Int) -> LocalizedText {
        LocalizedText("%1$s of %2$s have answered", "\(answered)", "\(expected)")
    }

    static func phonesURL(_ url: String) -> LocalizedText { LocalizedText("On your phone: %1$s", url) }
    static func phonesCode(_ code: String) -> LocalizedText { LocalizedText("Code: %1$s", code) }
    static let hiddenUntilRevealed = LocalizedText("The results show when the coordinator presses R.")
    static let noRound = LocalizedText("No round yet. Press N to start a new round.")
    static func entering(_ respondent: Int, _ statement: Int, _ count: Int) -> LocalizedText {
        LocalizedText("Entering participant %1$s: statement %2$s of %3$s", "\(respondent)", "\(statement)", "\(count)")
    }
    static let shortRound = LocalizedText("Short round: one statement per field and value")
    static let fullRound = LocalizedText("Full round: every statement")
    static let mostDisputed = LocalizedText("Most disputed")
    static let largestGap = LocalizedText("Largest gap between importance and experience")
    static func spread(_ lo: String, _ hi: String) -> LocalizedText {
        LocalizedText("from %1$s to %2$s", "\(lo)", "\(hi)")
    }
    static func gap(_ importance: String, _ experience: String) -> LocalizedText {
        LocalizedText("importance %1$s, experience %2$s", "\(importance)", "\(experience)")
    }
    static let tooFewToShow = LocalizedText("Too few answers to show results.")
    static func groupHidden(_ name: String, _ n: Int, _ threshold: Int) -> LocalizedText {
        LocalizedText("%1$s: hidden, only %2$s answered (a group needs at least %3$s to be shown)", "\(name)", "\(n)", "\(threshold)")
    }
    static func groupLine(_ name: String, _ n: Int) -> LocalizedText {
        LocalizedText("%1$s (%2$s answers)", "\(name)", "\(n)")
    }
    static func weakestStrongest(_ weak: String, _ strong: String) -> LocalizedText {
        LocalizedText("Weakest: %1$s · Strongest: %2$s", "\(weak)", "\(strong)")
    }
    static let noGroups = LocalizedText("No answers from partners with a sector yet.")
    static func room(_ room: MentalRoom) -> LocalizedText {
        switch room {
        case .complaining: LocalizedText("The complaining room")
        case .reminiscing: LocalizedText("The reminiscing room")
        case .worrying: LocalizedText("The worry room")
        case .wishes: LocalizedText("The room of wished-for solutions")
        }
    }
    static func roomKey(_ k: Int) -> LocalizedText {
        LocalizedText("Key %1$s counts", "\(k)")
    }
    static let roomsHint = LocalizedText("Move the talk towards resources and solutions.")
    static let timerHint = LocalizedText("Space starts and stops · 0 resets")
    static let decisionsHint = LocalizedText("Type what you agree on. Ctrl+Enter saves it to the evaluation log.")
    static let noDecisions = LocalizedText("No decisions typed yet.")
    static let noIndicators = LocalizedText("The project has no indicators yet.")
    static let noProblem = LocalizedText("The problem is not described yet.")
    static let values = LocalizedText("Values")
    static let fields = LocalizedText("Action fields")
    static let circle = LocalizedText("The circle")
    static let chartShows = LocalizedText("Chart")
    static let proposed = LocalizedText("proposed")
    static let notDecided = LocalizedText("not decided yet")
    static let positionHint = LocalizedText("↑ ↓ chooses what to decide · Enter: choose its value")
    static let positionChoosingHint = LocalizedText("← → or a digit moves the marker · Enter records · Esc cancels")
    static func proposal(_ name: String, _ k: Int, _ count: Int) -> LocalizedText {
        LocalizedText("Proposed: %1$s (%2$s of %3$s)", name, "\(k)", "\(count)")
    }
    static func recorded(_ name: String, _ date: String) -> LocalizedText {
        LocalizedText("Recorded: %1$s on %2$s", name, date)
    }
}
