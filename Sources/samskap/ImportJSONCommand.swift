import FoundationEssentials
import SamskapCore
import SamskapStore

/// `samskap import-json IN.json -o FILE.samskap`: a new project file from the exchange format. Never overwrites;
/// a bad file is refused whole, naming the place, and nothing is written.
enum ImportJSONCommand: Subcommand {
    static let name = "import-json"
    static let usage = "import-json IN.json -o FILE.samskap"
    static let summary = LocalizedText("creates a project file from JSON")

    static func run(_ arguments: [String], language: Language) -> Int32 {
        func usageError(_ message: String) -> Int32 { reportUsageError(message, language: language) }
        guard let list = parseArguments(arguments, valued: ["--output"], language: language) else { return 2 }
        guard list.positional.count == 1 else { return usageError(tr("Give one JSON file.", in: language)) }
        guard let output = list.options["--output"] else {
            return usageError(tr("Say where to create the project file, with -o FILE.samskap.", in: language))
        }
        guard output.hasSuffix(".samskap") else {
            return usageError(trf("The project file must end in .samskap: “%1$s”.", in: language, "\(output)"))
        }
        let input = URL(fileURLWithPath: list.positional[0])
        guard let data = FileManager.default.contents(atPath: input.path) else {
            Console.error(trf("Could not find or read “%1$s” in “%2$s”. Check the name and the folder.", in: language, "\(input.lastPathComponent)", "\(input.deletingLastPathComponent().path)"))
            return 1
        }
        do {
            try ProjectFile.create(at: URL(fileURLWithPath: output), exchange: data, source: input)
            print(trf("Created “%1$s” from “%2$s”.", in: language, "\(output)", "\(input.lastPathComponent)"))
            return 0
        } catch {
            return reportFailure(error, language: language)
        }
    }
}
