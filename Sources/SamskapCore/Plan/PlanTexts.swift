import FoundationEssentials

/// The words of the plan's terms (inputs, degrees, grounds of a link, merge counts), in one place so that they can
/// move to the gettext catalogue together.
enum PlanTexts {
    static func inputKind(_ kind: InputKind) -> LocalizedText {
        switch kind {
        case .hours: LocalizedText("Hours")
        case .money: LocalizedText("NOK")
        case .rooms: LocalizedText("Rooms")
        case .other: LocalizedText("Other")
        }
    }

    static func roleDegree(_ degree: RoleDegree) -> LocalizedText {
        switch degree {
        case .not: LocalizedText("Not")
        case .partly: LocalizedText("Partly")
        case .fully: LocalizedText("Fully")
        }
    }

    static func evidence(_ evidence: Evidence) -> LocalizedText {
        switch evidence {
        case .assumption: LocalizedText("Assumption")
        case .experience: LocalizedText("Supported by experience")
        case .research: LocalizedText("Supported by research")
        }
    }
}
