import FoundationEssentials

/// The words of the plan's terms (inputs, degrees, grounds of a link, merge counts), in one place so that they can
/// move to the gettext catalogue together.
enum PlanTexts {
    static func inputKind(_ kind: InputKind) -> LocalizedText {
        switch kind {
        case .hours: LocalizedText(nb: "Timer", en: "Hours")
        case .money: LocalizedText(nb: "Kroner", en: "NOK")
        case .rooms: LocalizedText(nb: "Lokaler", en: "Rooms")
        case .other: LocalizedText(nb: "Annet", en: "Other")
        }
    }

    static func roleDegree(_ degree: RoleDegree) -> LocalizedText {
        switch degree {
        case .not: LocalizedText(nb: "Ikke", en: "Not")
        case .partly: LocalizedText(nb: "Delvis", en: "Partly")
        case .fully: LocalizedText(nb: "Fullt", en: "Fully")
        }
    }

    static func evidence(_ evidence: Evidence) -> LocalizedText {
        switch evidence {
        case .assumption: LocalizedText(nb: "Antakelse", en: "Assumption")
        case .experience: LocalizedText(nb: "Støttet av erfaring", en: "Supported by experience")
        case .research: LocalizedText(nb: "Støttet av forskning", en: "Supported by research")
        }
    }

    static func mergeKind(_ kind: MergeKind, plural: Bool) -> LocalizedText {
        switch (kind, plural) {
        case (.targetGroups, false): LocalizedText(nb: "målgruppe", en: "target group")
        case (.targetGroups, true): LocalizedText(nb: "målgrupper", en: "target groups")
        case (.activities, false): LocalizedText(nb: "aktivitet", en: "activity")
        case (.activities, true): LocalizedText(nb: "aktiviteter", en: "activities")
        case (.resultLinks, false): LocalizedText(nb: "kobling i endringsteorien", en: "theory-of-change link")
        default: LocalizedText(nb: "koblinger i endringsteorien", en: "theory-of-change links")
        }
    }
}
