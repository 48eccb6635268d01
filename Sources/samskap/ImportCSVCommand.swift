import FoundationEssentials
import SamskapCore
import SamskapStore

/// `samskap import-csv FILE.samskap IN.csv`: reads measurements from a spreadsheet; all rows or none.
enum ImportCSVCommand: Subcommand {
    static let name = "import-csv"
    static let usage = "import-csv FILE.samskap IN.csv"
    static let summary = LocalizedText("imports measurements from a CSV file (all rows or none)")

    static func run(_ arguments: [String], language: Language) -> Int32 {
        func usageError(_ message: String) -> Int32 { reportUsageError(message, language: language) }
        guard let list = parseArguments(arguments, valued: [], language: language) else { return 2 }
        guard list.positional.count == 2 else {
            return usageError(tr("Give the project file and the CSV file.", in: language))
        }
        let projectURL = URL(fileURLWithPath: list.positional[0])
        let csvURL = URL(fileURLWithPath: list.positional[1])
        let data: Data
        do {
            data = try Data(contentsOf: csvURL)
        } catch {
            Console.error(trf("Could not read “%1$s”. Check that the file exists and that you can read it.", in: language, "\(csvURL.path)"))
            return 1
        }
        do {
            let file = try ProjectFile.open(at: projectURL)
            defer { file.close() }
            let plan = try MeasurementCSV.changes(importing: data, into: try file.load())
            // One transaction: the plan was checked whole, so the file gets all of it or, on a disk error, none.
            try file.apply(plan.changes)
            print(plan.message(language))
            return 0
        } catch let error as CSVImportError {
            Console.error("\(csvURL.lastPathComponent): " + error.message(language) + (tr(" Nothing was imported.", in: language)))
            return 1
        } catch {
            return reportFailure(error, language: language) { reason in trf("The import stopped unexpectedly (%1$s). Nothing was imported.", in: language, reason) }
        }
    }
}
