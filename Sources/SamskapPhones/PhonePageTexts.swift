import SamskapCore

/// The languages of the answer page, picked from the phone's `Accept-Language`.
public enum PhoneLanguage: String, Sendable, CaseIterable {
    case nb, nn, en

    /// The first language the phone accepts that the page speaks (by q-value); bokmål when none.
    public static func from(acceptLanguage header: String?) -> PhoneLanguage {
        guard let header else { return .nb }
        var choices: [(PhoneLanguage, Double, Int)] = []
        for (order, part) in header.split(separator: ",").enumerated() {
            let pieces = part.split(separator: ";").map { String($0.filter { $0 != " " && $0 != "\t" }).lowercased() }
            guard let tag = pieces.first else { continue }
            let q = pieces.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            let primary = tag.split(separator: "-").first.map(String.init) ?? tag
            let language: PhoneLanguage? = switch primary {
            case "nn": .nn
            case "nb", "no": .nb
            case "en": .en
            default: nil
            }
            if let language, q > 0 { choices.append((language, q, order)) }
        }
        return choices.sorted { ($0.1, -$0.2) > ($1.1, -$1.2) }.first?.0 ?? .nb
    }

    /// The language of the model's statement texts (nynorsk reads the bokmål statements until the model has its own).
    var content: Language { self == .en ? .en : .nb }
}

/// Every text the answer page and its refusals show, in bokmål, nynorsk and English: one place to translate.
struct PhonePageTexts {
    let title: String, codeHeading: String, codeLabel: String, codeButton: String
    let joinHeading: String, joinIntro: String, joinAnonymous: String, joinAs: String
    let youAre: String, roundHeading: String, experience: String, importance: String
    let scaleLow: String, scaleHigh: String, send: String, saved: String, notSaved: String
    let waiting: String, waitingDetail: String, changeAnswers: String, closed: String
    let resultsHeading: String, tooFew: String, respondents: String, noScript: String
    let experienceFigure: String, importanceFigure: String

    static func of(_ language: PhoneLanguage) -> PhonePageTexts {
        switch language {
        case .nb: PhonePageTexts(
            title: "Samskap – svar", codeHeading: "Bli med i verkstedet", codeLabel: "Koden på storskjermen (seks tegn)",
            codeButton: "Bli med", joinHeading: "Velkommen", joinIntro: "Svarene dine er anonyme med mindre du velger en rolle.",
            joinAnonymous: "Svar anonymt", joinAs: "Svar som", youAre: "Du svarer som", roundHeading: "Vurderingsrunde",
            experience: "Hvordan opplever du det?", importance: "Hvor viktig er det?", scaleLow: "1 = svært lite",
            scaleHigh: "5 = svært mye", send: "Send svarene", saved: "Lagret", notSaved: "Ikke lagret – prøv igjen",
            waiting: "Takk – venter på resultatene", waitingDetail: "Siden oppdaterer seg selv når resultatene vises.",
            changeAnswers: "Endre svarene", closed: "Runden er stengt.", resultsHeading: "Resultater",
            tooFew: "For få svar til å vises", respondents: "svar", noScript: "Trykk «Send svarene» når du er ferdig.",
            experienceFigure: "Opplevelse", importanceFigure: "Viktighet")
        case .nn: PhonePageTexts(
            title: "Samskap – svar", codeHeading: "Bli med i verkstaden", codeLabel: "Koden på storskjermen (seks teikn)",
            codeButton: "Bli med", joinHeading: "Velkomen", joinIntro: "Svara dine er anonyme med mindre du vel ei rolle.",
            joinAnonymous: "Svar anonymt", joinAs: "Svar som", youAre: "Du svarar som", roundHeading: "Vurderingsrunde",
            experience: "Korleis opplever du det?", importance: "Kor viktig er det?", scaleLow: "1 = svært lite",
            scaleHigh: "5 = svært mykje", send: "Send svara", saved: "Lagra", notSaved: "Ikkje lagra – prøv igjen",
            waiting: "Takk – ventar på resultata", waitingDetail: "Sida oppdaterer seg sjølv når resultata blir viste.",
            changeAnswers: "Endre svara", closed: "Runden er stengd.", resultsHeading: "Resultat",
            tooFew: "For få svar til å visast", respondents: "svar", noScript: "Trykk «Send svara» når du er ferdig.",
            experienceFigure: "Oppleving", importanceFigure: "Viktigheit")
        case .en: PhonePageTexts(
            title: "Samskap – answers", codeHeading: "Join the workshop", codeLabel: "The code on the big screen (six characters)",
            codeButton: "Join", joinHeading: "Welcome", joinIntro: "Your answers are anonymous unless you choose a role.",
            joinAnonymous: "Answer anonymously", joinAs: "Answer as", youAre: "You answer as", roundHeading: "Assessment round",
            experience: "How do you experience it?", importance: "How important is it?", scaleLow: "1 = very little",
            scaleHigh: "5 = very much", send: "Send the answers", saved: "Saved", notSaved: "Not saved – try again",
            waiting: "Thank you – waiting for the results", waitingDetail: "The page updates itself when the results are shown.",
            changeAnswers: "Change the answers", closed: "The round is closed.", resultsHeading: "Results",
            tooFew: "Too few answers to show", respondents: "answers", noScript: "Press “Send the answers” when you are done.",
            experienceFigure: "Experience", importanceFigure: "Importance")
        }
    }

    /// The name an anonymous phone answers under, kept in the project file (in bokmål, the file's language).
    static func pseudonym(_ number: Int) -> String { "Deltaker \(number)" }

    /// The short plain messages of refusals.
    static func refusal(_ reason: Refusal, _ language: PhoneLanguage) -> String {
        switch (reason, language) {
        case (.notFound, .en): "Not found. Scan the code on the big screen again."
        case (.notFound, _): "Finst ikkje / Finnes ikke. Skann koden på storskjermen på nytt."
        case (.forbidden, .en): "Not allowed."
        case (.forbidden, .nn): "Ikkje tillate."
        case (.forbidden, .nb): "Ikke tillatt."
        case (.badRequest(let why), _): why
        case (.tooMany, .en): "Too many requests. Wait a minute and try again."
        case (.tooMany, .nn): "For mange førespurnader. Vent eitt minutt og prøv igjen."
        case (.tooMany, .nb): "For mange forespørsler. Vent ett minutt og prøv igjen."
        case (.closed, .en): "The round is closed; answers can no longer be changed."
        case (.closed, .nn): "Runden er stengd; svara kan ikkje endrast lenger."
        case (.closed, .nb): "Runden er stengt; svarene kan ikke endres lenger."
        case (.full, .en): "The session is full (200 participants)."
        case (.full, .nn): "Økta er full (200 deltakarar)."
        case (.full, .nb): "Økten er full (200 deltakere)."
        case (.taken, .en): "Someone has already chosen this role. Go back and choose another."
        case (.taken, .nn): "Nokon har alt valt denne rolla. Gå tilbake og vel ei anna."
        case (.taken, .nb): "Noen har allerede valgt denne rollen. Gå tilbake og velg en annen."
        case (.wrongCode, .en): "Wrong code. Check the code on the big screen."
        case (.wrongCode, .nn): "Feil kode. Sjekk koden på storskjermen."
        case (.wrongCode, .nb): "Feil kode. Sjekk koden på storskjermen."
        case (.methodNotAllowed, _): "Method not allowed."
        case (.tooLarge, _): "Too large."
        case (.unsupportedType, _): "Unsupported content type."
        }
    }
}
