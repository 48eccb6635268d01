import FoundationEssentials
import SamskapCore
import SamskapStore

/// `samskap export-json FILE.samskap -o OUT.json`: the project in the exchange format (`-o -` writes to standard output).
enum ExportJSONCommand: Subcommand {
    static let name = "export-json"
    static let usage = "export-json FILE.samskap -o OUT.json"
    static let summary = LocalizedText(nb: "eksporterer et prosjekt til JSON", en: "exports a project to JSON")

    static func run(_ arguments: [String], language: Language) -> Int32 {
        let nb = language == .nb
        func usageError(_ message: String) -> Int32 { reportUsageError(message, language: language) }
        guard let list = parseArguments(arguments, valued: ["--output"], language: language) else { return 2 }
        guard list.positional.count == 1 else { return usageError(nb ? "Oppgi én prosjektfil." : "Give one project file.") }
        guard let output = list.options["--output"] else {
            return usageError(nb ? "Si hvor JSON-filen skal skrives, med -o UT.json." : "Say where to write the JSON file, with -o OUT.json.")
        }
        // A slip of the keyboard must not turn a project file into JSON.
        guard !output.lowercased().hasSuffix(".samskap") else {
            return usageError(nb ? "«\(output)» ser ut som en prosjektfil; velg et navn som slutter på .json."
                                 : "“\(output)” looks like a project file; choose a name ending in .json.")
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
            print(nb ? "Eksporterte «\(document.project.name)» til «\(output)»." : "Exported “\(document.project.name)” to “\(output)”.")
            return 0
        } catch {
            return reportFailure(error, language: language)
        }
    }
}
