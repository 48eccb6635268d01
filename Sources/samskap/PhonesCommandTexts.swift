import SamskapCore
import SamskapPhones

/// The `phones` command's messages, in one place for the gettext move.
enum PhonesCommandTexts {
    static func message(_ error: PhoneSessionError, _ language: Language) -> String {
        switch error {
        case .unknownRound: return tr("The project has no round with that id. Choose one with --round ID.", in: language)
        case .offerTaken: return tr("That role is already taken.", in: language)
        case .full: return tr("The session is full.", in: language)
        case let .addressNotOnThisMachine(address, available):
            return trf("“%1$s” is not an address of this machine. Choose one of: %2$s.", in: language, "\(address)", "\(available.joined(separator: ", "))")
        case let .cannotListen(reason):
            return trf("Cannot listen on the address: %1$s. Choose another port with --port, or 0 for a free one.", in: language, "\(reason)")
        }
    }
}
