import FoundationEssentials
import SamskapCore
import SamskapStore

/// `samskap import-json IN.json -o FILE.samskap`: a new project file from the exchange format. Never overwrites;
/// a bad file is refused whole, naming the place, and nothing is written.
enum ImportJSONCommand: Subcommand {
    static let name = "import-json"
    static let usage = "import-json IN.json -o FILE.samskap"
    static let summary = LocalizedText(nb: "lager en prosjektfil fra JSON", en: "creates a project file from JSON")

    static func run(_ arguments: [String], language: Language) -> Int32 {
        let nb = language == .nb
        func usageError(_ message: String) -> Int32 { reportUsageError(message, language: language) }
        guard let list = parseArguments(arguments, valued: ["--output"], language: language) else { return 2 }
        guard list.positional.count == 1 else { return usageError(nb ? "Oppgi én JSON-fil." : "Give one JSON file.") }
        guard let output = list.options["--output"] else {
            return usageError(nb ? "Si hvor prosjektfilen skal lages, med -o FIL.samskap." : "Say where to create the project file, with -o FILE.samskap.")
        }
        guard output.hasSuffix(".samskap") else {
            return usageError(nb ? "Prosjektfilen må slutte på .samskap: «\(output)»." : "The project file must end in .samskap: “\(output)”.")
        }
        let input = URL(fileURLWithPath: list.positional[0])
        guard let data = FileManager.default.contents(atPath: input.path) else {
            Console.error(nb ? "Fant ikke eller kunne ikke lese «\(input.lastPathComponent)» i «\(input.deletingLastPathComponent().path)». Sjekk navnet og mappen."
                             : "Could not find or read “\(input.lastPathComponent)” in “\(input.deletingLastPathComponent().path)”. Check the name and the folder.")
            return 1
        }
        do {
            try ProjectFile.create(at: URL(fileURLWithPath: output), exchange: data, source: input)
            print(nb ? "Laget «\(output)» fra «\(input.lastPathComponent)»." : "Created “\(output)” from “\(input.lastPathComponent)”.")
            return 0
        } catch {
            return reportFailure(error, language: language)
        }
    }
}
