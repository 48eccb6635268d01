import FoundationEssentials
import SamskapCore
import SamskapStore

/// `samskap demo -o FILE.samskap [--example housing|incubator]`: a ready-made project to try Samskap with.
enum DemoCommand: Subcommand {
    static let name = "demo"
    static let usage = "demo -o FILE.samskap [--example housing|incubator]"
    static let summary = LocalizedText("creates a demo project (housing or incubator)")
    /// The demo projects under `data/demo/`.
    static let examples = ["housing", "incubator"]

    static func run(_ arguments: [String], language: Language) -> Int32 {
        guard let list = parseArguments(arguments, valued: ["--output", "--example"], language: language) else { return 2 }
        guard list.positional.isEmpty else {
            return usageError(trf("Unexpected argument “%1$s”.", in: language, "\(list.positional[0])"), language)
        }
        guard let output = list.options["--output"] else {
            return usageError(tr("Say where to create the project file, with -o FILE.samskap.", in: language), language)
        }
        guard output.hasSuffix(".samskap") else {
            return usageError(trf("The project file must end in .samskap: “%1$s”.", in: language, "\(output)"), language)
        }
        let example = list.options["--example"] ?? "housing"
        guard examples.contains(example) else {
            return usageError(trf("Unknown example “%1$s”. Choose housing or incubator.", in: language, "\(example)"), language)
        }
        let source = ResourceLocator.standard.demo(example, languageCode: language.rawValue)
        guard let data = FileManager.default.contents(atPath: source.path) else {
            Console.error(trf("Could not find the demo project “%1$s”. Check that Samskap is installed properly, or set SAMSKAP_DATA_DIR.", in: language, "\(source.path)"))
            return 1
        }
        do {
            let document = try ProjectFile.create(at: URL(fileURLWithPath: output), exchange: data, source: source)
            print(trf("Created “%1$s” with the demo project “%2$s”.", in: language, "\(output)", "\(document.project.name)"))
            return 0
        } catch {
            return reportFailure(error, language: language)
        }
    }

    private static func usageError(_ message: String, _ language: Language) -> Int32 {
        reportUsageError(message, language: language)
    }
}
