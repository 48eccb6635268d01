import FoundationEssentials
import SamskapCore
import SamskapStore

/// `samskap demo -o FILE.samskap [--example housing|incubator]`: a ready-made project to try Samskap with.
enum DemoCommand: Subcommand {
    static let name = "demo"
    static let usage = "demo -o FILE.samskap [--example housing|incubator]"
    static let summary = LocalizedText(nb: "lager et demoprosjekt (bolig eller inkubator)", en: "creates a demo project (housing or incubator)")
    /// The demo projects under `data/demo/`.
    static let examples = ["housing", "incubator"]

    static func run(_ arguments: [String], language: Language) -> Int32 {
        let nb = language == .nb
        guard let list = parseArguments(arguments, valued: ["--output", "--example"], language: language) else { return 2 }
        guard list.positional.isEmpty else {
            return usageError(nb ? "Uventet argument «\(list.positional[0])»." : "Unexpected argument “\(list.positional[0])”.", language)
        }
        guard let output = list.options["--output"] else {
            return usageError(nb ? "Si hvor prosjektfilen skal lages, med -o FIL.samskap." : "Say where to create the project file, with -o FILE.samskap.", language)
        }
        guard output.hasSuffix(".samskap") else {
            return usageError(nb ? "Prosjektfilen må slutte på .samskap: «\(output)»." : "The project file must end in .samskap: “\(output)”.", language)
        }
        let example = list.options["--example"] ?? "housing"
        guard examples.contains(example) else {
            return usageError(nb ? "Ukjent eksempel «\(example)». Velg housing eller incubator."
                                 : "Unknown example “\(example)”. Choose housing or incubator.", language)
        }
        let source = ResourceLocator.standard.data.appendingPathComponent("demo/\(example).json")
        guard let data = FileManager.default.contents(atPath: source.path) else {
            Console.error(nb ? "Fant ikke demoprosjektet «\(source.path)». Sjekk at Samskap er riktig installert, eller sett SAMSKAP_DATA_DIR."
                             : "Could not find the demo project “\(source.path)”. Check that Samskap is installed properly, or set SAMSKAP_DATA_DIR.")
            return 1
        }
        do {
            let document = try ProjectFile.create(at: URL(fileURLWithPath: output), exchange: data, source: source)
            print(nb ? "Laget «\(output)» med demoprosjektet «\(document.project.name)»."
                     : "Created “\(output)” with the demo project “\(document.project.name)”.")
            return 0
        } catch {
            return reportFailure(error, language: language)
        }
    }

    private static func usageError(_ message: String, _ language: Language) -> Int32 {
        reportUsageError(message, language: language)
    }
}
