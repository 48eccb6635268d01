import FoundationEssentials
import Glibc
import SamskapCore
import SamskapPhones
import SamskapStore

/// `samskap phones FILE --round ID --bind ADDRESS`: lets phones on the room's network answer a round, without the
/// window (for scripts, tests, and a coordinator at a terminal). Reads `reveal`, `close`, `count` and `stop` on
/// standard input.
enum PhonesCommand: Subcommand {
    static let name = "phones"
    static let usage = "phones FILE.samskap --round ID --bind ADDRESS [--port N] [--qr QR.png] [--ask both|experience] [--offer none|round] [--rate N]"
    static let summary = LocalizedText("lets phones on the same network answer an assessment round (commands on standard input: reveal, close, count, stop)")

    static func run(_ arguments: [String], language: Language) -> Int32 {
        func usageError(_ message: String) -> Int32 { reportUsageError(message, language: language) }
        guard let list = parseArguments(arguments, valued: ["--round", "--bind", "--port", "--qr", "--ask", "--offer", "--rate"],
                                        language: language) else { return 2 }
        guard list.positional.count == 1 else { return usageError(tr("Give one project file.", in: language)) }
        var options = PhoneSessionLauncher.Options()
        if let round = list.options["--round"] {
            guard let id = UUID(uuidString: round) else { return usageError(trf("“%1$s” is not a round id.", in: language, "\(round)")) }
            options.roundID = id
        }
        options.bindAddress = list.options["--bind"]
        if let port = list.options["--port"] {
            guard let n = Int(port), (0...65535).contains(n) else { return usageError(tr("The port must be 0–65535.", in: language)) }
            options.port = n
        }
        if let rate = list.options["--rate"] {
            guard let n = Int(rate), n > 0 else { return usageError(tr("--rate must be a positive number.", in: language)) }
            options.requestsPerMinute = n
        }
        switch list.options["--ask"] ?? "both" {
        case "both": options.asksImportance = true
        case "experience": options.asksImportance = false
        default: return usageError(tr("--ask is both or experience.", in: language))
        }
        switch list.options["--offer"] ?? "none" {
        case "none": options.offerRoundRespondents = false
        case "round": options.offerRoundRespondents = true
        default: return usageError(tr("--offer is none or round.", in: language))
        }
        return MainActor.assumeIsolated { serve(URL(fileURLWithPath: list.positional[0]), options, qr: list.options["--qr"], language: language) }
    }

    /// A line to standard output, written at once (not buffered): a script waits for "Ready." before it sends a phone.
    private static func say(_ line: String) { StandardStream.output.write(line + "\n") }

    @MainActor
    private static func serve(_ url: URL, _ options: PhoneSessionLauncher.Options, qr: String?, language: Language) -> Int32 {
        let launcher: PhoneSessionLauncher
        let file: ProjectFile
        do {
            file = try ProjectFile.open(at: url)
            let models = Dictionary(uniqueKeysWithValues: try Language.allCases.map { ($0, try ModelContent.load($0)) })
            launcher = try PhoneSessionLauncher(file: file, options: options, models: models) { say("log: " + $0) }
        } catch let error as UserFacingError {
            Console.error(error.message(language))
            return 1
        } catch let error as PhoneSessionError {
            Console.error(PhonesCommandTexts.message(error, language))
            return error == .unknownRound ? 2 : 1
        } catch {
            Console.error(error.readableDescription(language))
            return 1
        }
        defer { file.close() }
        let session = launcher.server.session
        if options.roundID == nil && !launcher.isResumed {
            Console.error(tr("Choose a round with --round ID.", in: language))
            return 2
        }
        say("URL: \(session.joinURL)")
        say("Code: \(session.shortCode)")
        say("Port: \(session.port)")
        if let qr {
            guard let code = QRCode(session.joinURL), code.writePNG(to: qr) else {
                Console.error(trf("Could not write the QR code to “%1$s”.", in: language, "\(qr)"))
                try? launcher.end()
                return 1
            }
            say("QR: \(qr)")
        }
        var lastCount = -1
        launcher.server.onAnswered = { count in
            if count != lastCount { say("Answered: \(count)"); lastCount = count }
        }
        say(launcher.isResumed ? "Resumed." : "Ready.")
        var status: Int32 = 0
        var loop: ConsoleLoop?
        loop = ConsoleLoop(onLine: { line in
            do {
                switch String(line.filter { $0 != " " && $0 != "\t" && $0 != "\r" }) {
                case "reveal": try launcher.reveal(); say("Revealed.")
                case "close": try launcher.closeRound(); say("Closed.")
                case "count": say("Answered: \(launcher.sink.answeredCount) Joined: \(session.participantCount)")
                case "stats":
                    let st = launcher.server.stats
                    say("Saved: \(st.answers) requests in \(st.batches) transactions (largest \(st.largestBatch)), \(Int(st.writing * 1000)) ms writing")
                case "frames": say(loop?.frameReport() ?? "")
                case "stop": try launcher.end(); say("Stopped."); loop?.quit()
                case "": break
                default: say(tr("Unknown command: reveal, close, count or stop.", in: language))
                }
            } catch {
                Console.error(error.readableDescription(language))
                status = 1
            }
        }, onEnd: {
            try? launcher.end()
            say("Stopped.")
            loop?.quit()
        })
        if ProcessEnvironment.value("SAMSKAP_PHONES_FRAME_PROBE") != nil { loop?.startFrameProbe() }
        loop?.run()
        return status
    }
}
