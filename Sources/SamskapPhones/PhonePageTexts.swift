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

    /// The language of the catalogue and of the model's statement texts.
    var language: Language {
        switch self {
        case .nb: .nb
        case .nn: .nn
        case .en: .en
        }
    }
}

/// Every text the answer page and its refusals show, from the catalogue in the phone's language (not the app's).
struct PhonePageTexts {
    let title: String, codeHeading: String, codeLabel: String, codeButton: String
    let joinHeading: String, joinIntro: String, joinAnonymous: String, joinAs: String
    let youAre: String, experience: String, importance: String
    let scaleLow: String, scaleHigh: String, send: String, saved: String, notSaved: String
    let waiting: String, waitingDetail: String, changeAnswers: String, closed: String
    let resultsHeading: String, tooFew: String, respondents: String, noScript: String
    let experienceFigure: String, importanceFigure: String

    static func of(_ language: PhoneLanguage) -> PhonePageTexts {
        let l = language.language
        return PhonePageTexts(
            title: tr("Samskap – answers", in: l),
            codeHeading: tr("Join the workshop", in: l),
            codeLabel: tr("The code on the big screen (six characters)", in: l),
            codeButton: tr("Join", in: l),
            joinHeading: tr("Welcome", in: l),
            joinIntro: tr("Your answers are anonymous unless you choose a role.", in: l),
            joinAnonymous: tr("Answer anonymously", in: l),
            joinAs: tr("Answer as", in: l),
            youAre: tr("You answer as", in: l),
            experience: tr("How do you experience it?", in: l),
            importance: tr("How important is it?", in: l),
            scaleLow: tr("1 = very little", in: l),
            scaleHigh: tr("5 = very much", in: l),
            send: tr("Send the answers", in: l),
            saved: tr("Saved", in: l),
            notSaved: tr("Not saved – try again", in: l),
            waiting: tr("Thank you – waiting for the results", in: l),
            waitingDetail: tr("The page updates itself when the results are shown.", in: l),
            changeAnswers: tr("Change the answers", in: l),
            closed: tr("The round is closed.", in: l),
            resultsHeading: tr("Results", in: l),
            tooFew: tr("Too few answers to show", in: l),
            respondents: tr("answers", in: l),
            noScript: tr("Press “Send the answers” when you are done.", in: l),
            experienceFigure: tr("Experience", in: l),
            importanceFigure: tr("Importance", in: l))
    }

    /// The name an anonymous phone answers under, kept in the project file (in bokmål, the file's language).
    static func pseudonym(_ number: Int) -> String { "Deltaker \(number)" }

    /// The short plain messages of refusals.
    static func refusal(_ reason: Refusal, _ language: PhoneLanguage) -> String {
        let l = language.language
        return switch reason {
        case .notFound: tr("Not found. Scan the code on the big screen again.", in: l)
        case .forbidden: tr("Not allowed.", in: l)
        case .badRequest(let why): why
        case .tooMany: tr("Too many requests. Wait a minute and try again.", in: l)
        case .closed: tr("The round is closed; answers can no longer be changed.", in: l)
        case .full: tr("The session is full (200 participants).", in: l)
        case .taken: tr("Someone has already chosen this role. Go back and choose another.", in: l)
        case .wrongCode: tr("Wrong code. Check the code on the big screen.", in: l)
        // Said to the software that sent the request, not to a person: English, as HTTP is.
        case .methodNotAllowed: "Method not allowed."
        case .tooLarge: "Too large."
        case .unsupportedType: "Unsupported content type."
        }
}
}
