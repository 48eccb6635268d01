import FoundationEssentials
import SamskapCore

/// A headless capability of `samskap`, e.g. `samskap check FILE`.
protocol Subcommand {
    /// The word after `samskap`.
    static var name: String { get }
    /// Usage line, e.g. "check FILE.samskap".
    static var usage: String { get }
    /// One sentence for `--help`, in both languages.
    static var summary: LocalizedText { get }
    /// Runs the command; returns the exit status (0 ok, 1 failed, 2 bad arguments).
    static func run(_ arguments: [String], language: Language) -> Int32
}

/// The one way every subcommand parses its words, says what is wrong with them, and reports a file it could not open,
/// read, check or write: exit status 2 for a command line to correct, 1 for a failure, each with a message.
extension Subcommand {
    /// The usage line in the language of the run: `usage` is written in English ("FILE.samskap -o OUT.json").
    static func usage(in language: Language) -> String { CommandLineTool.usage(usage, in: language) }

    /// Prints a problem with the command line and how the command is used; returns exit status 2.
    static func reportUsageError(_ message: String, language: Language) -> Int32 {
        Console.error(message + tr(" Usage: samskap ", in: language) + usage(in: language))
        return 2
    }

    /// Prints why opening, reading, checking or writing failed; returns exit status 1. A `UserFacingError` says it
    /// in its own words; any other error goes through `unexpected`, given the error's description, when there is one.
    static func reportFailure(_ error: Error, language: Language, unexpected: ((String) -> String)? = nil) -> Int32 {
        if let error = error as? UserFacingError {
            Console.error(error.message(language))
        } else {
            let reason = error.readableDescription(language)
            Console.error(unexpected?(reason) ?? reason)
        }
        return 1
    }

    /// The parsed arguments, or nil after reporting what is wrong with them.
    static func parseArguments(_ arguments: [String], valued: Set<String>, language: Language) -> ArgumentList? {
        switch ArgumentList.parse(arguments, valued: valued, language: language) {
        case let .success(list): return list
        case let .failure(error):
            _ = reportUsageError(error.message, language: language)
            return nil
        }
    }
}

/// The front door of the executable: picks the window or a subcommand.
enum CommandLineTool {
    static let version = ProductVersion.current

    // A computed list: an array of metatypes is not Sendable, so it cannot be a global constant in Swift 6.
    static var subcommands: [Subcommand.Type] { [
        DemoCommand.self, CheckCommand.self, ExportJSONCommand.self, ImportJSONCommand.self,
        ImportCSVCommand.self, ExportCSVCommand.self, MergeCommand.self,
        ExportPDFCommand.self,
        RenderChartCommand.self, PhonesCommand.self,
    ] }

    static func run(_ arguments: [String]) -> Int32 {
        let language = Language.current
        guard let first = arguments.first else { return WindowLauncher.run(arguments) }
        switch first {
        case "--help", "-h", "help":
            print(help(language))
            return 0
        case "--version", "-V":
            print("samskap \(version)")
            return 0
        default:
            if let command = subcommands.first(where: { $0.name == first }) {
                return command.run(Array(arguments.dropFirst()), language: language)
            }
            if first.hasPrefix("-") && !first.hasPrefix("--gapplication") {
                Console.error(trf("Unknown option “%1$s”. See “samskap --help”.", in: language, "\(first)"))
                return 2
            }
            if !first.hasPrefix("-") && !first.hasSuffix(".samskap") && !FileManager.default.fileExists(atPath: first) {
                Console.error(trf("Unknown command “%1$s”. See “samskap --help”.", in: language, "\(first)"))
                return 2
            }
            return WindowLauncher.run(arguments)
        }
    }

    /// A placeholder of the usage lines (FILE, OUT…) in the language of the run; other capitals stay as written.
    private static func placeholder(_ word: String, in language: Language) -> String {
        switch word {
        case "FILE": return trc("placeholder in a usage line", "FILE", in: language)
        case "OUT": return trc("placeholder in a usage line", "OUT", in: language)
        case "IN": return trc("placeholder in a usage line", "IN", in: language)
        case "OTHER": return trc("placeholder in a usage line", "OTHER", in: language)
        case "REPORT": return trc("placeholder in a usage line", "REPORT", in: language)
        case "CHART": return trc("placeholder in a usage line", "CHART", in: language)
        case "LIST": return trc("placeholder in a usage line", "LIST", in: language)
        case "ADDRESS": return trc("placeholder in a usage line", "ADDRESS", in: language)
        default: return word
        }
    }

    /// A usage line written in English with its placeholders in the language of the run (options stay as typed).
    static func usage(_ english: String, in language: Language) -> String {
        var out = ""
        var word = ""
        for ch in english + " " {
            if ch.isUppercase && ch.isLetter {
                word.append(ch)
                continue
            }
            out += placeholder(word, in: language)
            word = ""
            out.append(ch)
        }
        return String(out.dropLast())
    }

    static func help(_ language: Language) -> String {
        var lines: [String] = []
        lines += [trf("Samskap %1$s – a tool for co-creative social innovation", in: language, version), "",
                  tr("Usage:", in: language), tr("  samskap [FILE.samskap]", in: language),
                  "      " + tr("opens the window (on the project file)", in: language)]
        // Usage on one line, what it does on the next: long usages stay readable in an 80-column terminal.
        for command in subcommands {
            lines += ["", "  samskap \(command.usage(in: language))", "      " + command.summary.text(language)]
        }
        lines += ["", "  samskap --help", "      " + (tr("shows this help", in: language)),
                  "  samskap --version", "      " + (tr("shows the version", in: language))]
        return lines.joined(separator: "\n")
    }
}

/// Output helpers: results to standard output, problems to standard error.
enum Console {
    static func error(_ message: String) {
        StandardStream.error.write("samskap: " + message + "\n")
    }
}

/// Parses `-o PATH` / `--output PATH` and positional arguments of a subcommand.
struct ArgumentList {
    var positional: [String] = []
    var options: [String: String] = [:]

    /// Splits arguments; options listed in `valued` take the next argument. Returns nil with a message on a bad list.
    static func parse(_ arguments: [String], valued: Set<String>, language: Language) -> Result<ArgumentList, ArgumentError> {
        var list = ArgumentList()
        var i = 0
        while i < arguments.count {
            let a = arguments[i]
            if a.hasPrefix("-") && a.count > 1 {
                let key = a == "-o" ? "--output" : a
                guard valued.contains(key) else { return .failure(ArgumentError(trf("Unknown option “%1$s”.", in: language, "\(a)"))) }
                guard i + 1 < arguments.count else { return .failure(ArgumentError(trf("“%1$s” needs a value.", in: language, "\(a)"))) }
                list.options[key] = arguments[i + 1]
                i += 2
            } else {
                list.positional.append(a)
                i += 1
            }
        }
        return .success(list)
    }
}

/// A problem with the words given on the command line.
struct ArgumentError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
