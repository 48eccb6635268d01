import FoundationEssentials
import SamskapCore
import SamskapStore

/// `samskap export-json FILE.samskap -o OUT.json`: the project in the exchange format (`-o -` writes to standard output).
enum ExportJSONCommand: Subcommand {
    static let name = "export-json"
    static let usage = "export-json FILE.samskap -o OUT.json"
    static let summary = LocalizedText("exports a project to JSON")

    static func run(_ arguments: [String], language: Language) -> Int32 {
        func usageError(_ message: String) -> Int32 { reportUsageError(message, language: language) }
        guard let list = parseArguments(arguments, valued: ["--output"], language: language) else { return 2 }
        guard list.positional.count == 1 else { return usageError(tr("Give one project file.", in: language)) }
        guard let output = list.options["--output"] else {
            return usageError(tr("Say where to write the JSON file, with -o OUT.json.", in: language))
        }
        // A slip of the keyboard must not turn a project file into JSON.
        guard !output.lowercased().hasSuffix(".samskap") else {
            return usageError(trf("“%1$s” looks like a project file; choose a name ending in .json.", in: language, "\(output)"))
        }
        let projectURL = URL(fileURLWithPath: list.positional[0])
        do {
            let target = output == "-" ? nil : try ExportTarget(URL(fileURLWithPath: output), protecting: [projectURL])
            let document = try ProjectFile.read(at: projectURL)
            let data = try ProjectExchange.encode(document)
            guard let target else {
                StandardStream.output.write(data)
                return 0
            }
            // People's names and contacts: the owner's alone.
            try target.write(data, privacy: .personal)
            print(trf("Exported “%1$s” to “%2$s”.", in: language, "\(document.project.name)", "\(output)"))
            return 0
        } catch {
            return reportFailure(error, language: language)
        }
    }
}
