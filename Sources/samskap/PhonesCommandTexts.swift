import SamskapCore
import SamskapPhones

/// The `phones` command's messages, in one place for the gettext move.
enum PhonesCommandTexts {
    static func message(_ error: PhoneSessionError, _ language: Language) -> String {
        let nb = language == .nb
        switch error {
        case .unknownRound: return nb ? "Prosjektet har ingen runde med den id-en. Velg en runde med --round ID." : "The project has no round with that id. Choose one with --round ID."
        case .offerTaken: return nb ? "Den rollen er allerede tatt." : "That role is already taken."
        case .full: return nb ? "Økten er full." : "The session is full."
        case let .addressNotOnThisMachine(address, available):
            return nb ? "«\(address)» er ikke en adresse på denne maskinen. Velg en av: \(available.joined(separator: ", "))."
                      : "“\(address)” is not an address of this machine. Choose one of: \(available.joined(separator: ", "))."
        case let .cannotListen(reason):
            return nb ? "Kan ikke lytte på adressen: \(reason). Velg en annen port med --port, eller 0 for en ledig."
                      : "Cannot listen on the address: \(reason). Choose another port with --port, or 0 for a free one."
        }
    }
}
