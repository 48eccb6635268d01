import FoundationEssentials
import SamskapCore
import SamskapGraphics
import SamskapPhones
import SamskapPresentation
import SamskapStore

/// The phones answering one rating screen's round from the workshop window.
///
/// Two writers share the project file: the window's `ProjectState` and the phone server's `StoreRoundSink`. They
/// share one `ProjectFile` too (the window's, which holds the file's lock), so every write goes through one SQLite
/// connection, one transaction at a time on the main loop. The sink writes only the phones' own respondents and
/// their answers; the window never writes those. After each saved batch (`onAnswered`) the round's respondents and
/// answers are taken from the sink, which lists them only once they are in the file, into the window's state with
/// `ProjectState.absorb`: the count on the screen, the results after R and every page of the project window show what
/// the file holds, and the window's undo never reaches a phone's answer. (Reading the file again after each batch
/// would do the same, but re-read the whole project every few hundred milliseconds while 60 phones answer.)
@MainActor
final class WorkshopPhoneSession {
    /// The address chosen last in this run of the app, offered first next time.
    static var lastAddress: String?

    let screenID: UUID
    let roundID: UUID
    let launcher: PhoneSessionLauncher
    private weak var state: ProjectState?
    private let code: QRCode?
    private var isEnded = false

    /// Starts (or resumes, when the file holds an interrupted session of this round) the phones for a round.
    init(screenID: UUID, roundID: UUID, address: String, file: ProjectFile, state: ProjectState) throws {
        self.screenID = screenID
        self.roundID = roundID
        self.state = state
        // The sink reads the round's answers once: the window's answers of a deferred open must be in the file's read.
        state.completeDocument()
        var options = PhoneSessionLauncher.Options()
        options.roundID = roundID
        options.bindAddress = address
        // For `make bench` only: 200 simulated phones on the loopback share one address, and so one rate limit.
        if let rate = ProcessEnvironment.value("SAMSKAP_PHONES_RATE").flatMap(Int.init), rate > 0 { options.requestsPerMinute = rate }
        let models = Dictionary(uniqueKeysWithValues: try Language.allCases.map { ($0, try ModelContent.load($0)) })
        launcher = try PhoneSessionLauncher(file: file, options: options, models: models) { _ in }
        code = QRCode(launcher.server.session.joinURL)
        Self.lastAddress = launcher.server.session.host
        launcher.server.onAnswered = { [weak self] _ in self?.takeInAnswers() }
        takeInAnswers()
    }

    /// What the rating screen draws.
    var display: WorkshopPhones {
        let code = code
        return WorkshopPhones(url: url, code: launcher.server.session.shortCode) { cr, x, y, side in
            code?.draw(cr, x: x, y: y, size: side)
        }
    }

    var url: String { launcher.server.session.joinURL }

    /// Shows the results to the phones too (R), or hides them again.
    func setRevealed(_ revealed: Bool) throws {
        if revealed { try launcher.reveal() } else { try launcher.sink.setRevealed(false) }
    }

    /// Stops listening for good; the file forgets the session. Safe to call twice.
    func end() {
        guard !isEnded else { return }
        isEnded = true
        launcher.server.onAnswered = { _ in }
        launcher.server.flushNow()
        takeInAnswers()
        do { try launcher.end() } catch {
            // The server has stopped whatever the file says; a session left in the file is only offered for resuming.
            launcher.server.stop()
        }
    }

    /// Takes the phones' saved respondents and answers of the round into the window's state. The sink holds them as
    /// the file has them (it adds to its lists only after the write), so no read of the file is needed here.
    private func takeInAnswers() {
        guard let state else { return }
        let document = state.document
        let respondents = Set(document.respondents.map(\.id))
        let answers = Dictionary(document.answers.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var changes: [Change] = launcher.sink.madeRespondents.filter { !respondents.contains($0.id) }.map { .upsertRespondent($0) }
        changes += launcher.sink.savedAnswers.filter { answers[$0.id] != $0 }.map { .upsertAnswer($0) }
        state.absorb(changes)
    }

    /// The coordinator's own saved edits: answers typed in the window join the phones' count and results.
    func windowSaved(_ changes: [Change]) {
        launcher.sink.takeIn(changes.compactMap { if case .upsertAnswer(let a) = $0 { a } else { nil } })
    }

    /// A message for a session that could not start.
    static func message(for error: Error) -> String {
        switch error as? PhoneSessionError {
        case .addressNotOnThisMachine(let address, let available)?:
            return trf("The address %1$s is not on this machine. Choose one of: %2$s.", address, available.joined(separator: ", "))
        case .cannotListen(let reason)?:
            return trf("The phones cannot connect: listening failed (%1$s). Choose another address or close what uses the port.", reason)
        case .unknownRound?:
            return tr("This screen’s round is no longer in the project. Press N to start a new round.")
        case .offerTaken?, .full?, nil:
            return ProjectFiles.message(for: error)
        }
    }
}
