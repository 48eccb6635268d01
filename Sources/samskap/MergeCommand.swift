import FoundationEssentials
import SamskapCore
import SamskapStore

/// `samskap merge FILE.samskap OTHER.samskap`: brings in what another copy of the project has and this one lacks.
enum MergeCommand: Subcommand {
    static let name = "merge"
    static let usage = "merge FILE.samskap OTHER.samskap [--force]"
    static let summary = LocalizedText("brings in what another copy of the project has and this one lacks")

    static func run(_ arguments: [String], language: Language) -> Int32 {
        func usageError(_ message: String) -> Int32 { reportUsageError(message, language: language) }
        // `--force` is a switch; ArgumentList knows only options with values.
        let force = arguments.contains("--force")
        let list: ArgumentList
        switch ArgumentList.parse(arguments.filter { $0 != "--force" }, valued: [], language: language) {
        case let .success(parsed): list = parsed
        case let .failure(error): return usageError(error.message)
        }
        guard list.positional.count == 2 else {
            return usageError(tr("Give the project file and the copy to bring records in from (.samskap or .json).", in: language))
        }
        let ourURL = URL(fileURLWithPath: list.positional[0]).standardizedFileURL
        let otherURL = URL(fileURLWithPath: list.positional[1]).standardizedFileURL
        if OtherCopy.isSameFile(ourURL, otherURL) {
            return usageError(tr("You gave the same file twice; the second one should be the copy to bring records in from.", in: language))
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
            return reportFailure(error, language: language) { reason in trf("The merge stopped unexpectedly (%1$s). The file is as it was.", in: language, reason) }
        }
    }
}
