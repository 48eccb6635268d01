import FoundationEssentials
import SamskapCore
import SamskapStore

/// `samskap export-csv FILE.samskap -o OUT.csv`: writes the measurements for a spreadsheet.
enum ExportCSVCommand: Subcommand {
    static let name = "export-csv"
    static let usage = "export-csv FILE.samskap -o OUT.csv"
    static let summary = LocalizedText("writes the measurements to a CSV file for spreadsheets (- for standard output)")

    static func run(_ arguments: [String], language: Language) -> Int32 {
        func usageError(_ message: String) -> Int32 { reportUsageError(message, language: language) }
        guard let list = parseArguments(arguments, valued: ["--output"], language: language) else { return 2 }
        guard list.positional.count == 1 else { return usageError(tr("Give one project file.", in: language)) }
        guard let output = list.options["--output"] else {
            return usageError(tr("Say where to write the CSV file, with -o OUT.csv.", in: language))
        }
        // A slip of the keyboard must not turn a project file into CSV.
        guard !output.lowercased().hasSuffix(".samskap") else {
            return usageError(trf("“%1$s” looks like a project file; choose a name ending in .csv.", in: language, "\(output)"))
        }
        let projectURL = URL(fileURLWithPath: list.positional[0])
        let text: String
        let count: Int
        let target: ExportTarget?
        do {
            target = output == "-" ? nil : try ExportTarget(URL(fileURLWithPath: output), protecting: [projectURL])
            let document = try ProjectFile.read(at: projectURL)
            text = MeasurementCSV.export(document, language: language)
            let known = Set(document.indicators.map(\.id))
            count = document.measurements.count { known.contains($0.indicatorID) }
        } catch {
            return reportFailure(error, language: language) { reason in trf("The export stopped unexpectedly (%1$s).", in: language, reason) }
        }
        guard let target else {
            StandardStream.output.write(text)
            return 0
        }
        let outURL = URL(fileURLWithPath: output)
        do {
            // Measurements name who reported them: the owner's alone.
            try target.write(Array(text.utf8), privacy: .personal)
        } catch {
            Console.error(error.readableDescription(language))
            return 1
        }
        print(trn("Wrote %1$s measurement to “%2$s”.", "Wrote %1$s measurements to “%2$s”.", count, in: language,
                  String(count), outURL.lastPathComponent))
        return 0
    }
}
