import FoundationEssentials
import SamskapCore
import SamskapStore

/// `samskap merge FILE.samskap OTHER.samskap`: brings in what another copy of the project has and this one lacks.
enum MergeCommand: Subcommand {
    static let name = "merge"
    static let usage = "merge FILE.samskap OTHER.samskap [--force]"
    static let summary = LocalizedText(nb: "henter inn det en annen kopi av prosjektet har og denne mangler",
                                       en: "brings in what another copy of the project has and this one lacks")

    static func run(_ arguments: [String], language: Language) -> Int32 {
        let nb = language == .nb
        func usageError(_ message: String) -> Int32 { reportUsageError(message, language: language) }
        // `--force` is a switch; ArgumentList knows only options with values.
        let force = arguments.contains("--force")
        let list: ArgumentList
        switch ArgumentList.parse(arguments.filter { $0 != "--force" }, valued: [], language: language) {
        case let .success(parsed): list = parsed
        case let .failure(error): return usageError(error.message)
        }
        guard list.positional.count == 2 else {
            return usageError(nb ? "Oppgi prosjektfilen og kopien du vil hente inn fra (.samskap eller .json)."
                                 : "Give the project file and the copy to bring records in from (.samskap or .json).")
        }
        let ourURL = URL(fileURLWithPath: list.positional[0]).standardizedFileURL
        let otherURL = URL(fileURLWithPath: list.positional[1]).standardizedFileURL
        if OtherCopy.isSameFile(ourURL, otherURL) {
            return usageError(nb ? "Du har oppgitt samme fil to ganger; den andre skal være kopien du henter inn fra."
                                 : "You gave the same file twice; the second one should be the copy to bring records in from.")
        }
        do {
            let theirs = try OtherCopy.read(otherURL)
            let file = try ProjectFile.open(at: ourURL)
            defer { file.close() }
            let plan = try file.load().mergePlan(from: theirs, force: force)
            try file.apply(plan.changes)
            print(plan.summary.message(language))
            return 0
        } catch {
            return reportFailure(error, language: language) { reason in nb ? "Sammenslåingen stoppet uventet (\(reason)). Filen er som før." : "The merge stopped unexpectedly (\(reason)). The file is as it was." }
        }
    }
}
