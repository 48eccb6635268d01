import FoundationEssentials
import SamskapCore
import SamskapStore

/// `samskap check FILE.samskap`: schema version, SQLite's integrity verdict and the records per table, without
/// changing the file (an older file is reported, not migrated).
enum CheckCommand: Subcommand {
    static let name = "check"
    static let usage = "check FILE.samskap"
    static let summary = LocalizedText("checks a project file (version, integrity, counts)")

    static func run(_ arguments: [String], language: Language) -> Int32 {
        guard let list = parseArguments(arguments, valued: [], language: language) else { return 2 }
        guard list.positional.count == 1 else {
            return reportUsageError(tr("Give one project file.", in: language), language: language)
        }
        let url = URL(fileURLWithPath: list.positional[0])
        let report: FileReport
        do {
            report = try ProjectFile.inspect(at: url)
        } catch {
            return reportFailure(error, language: language)
        }
        var lines = [trf("File: %1$s", in: language, "\(url.path)")]
        let current = ProjectFile.currentSchemaVersion
        var version = trf("Schema version: %1$s", in: language, "\(report.schemaVersion)")
        if report.schemaVersion < current {
            version += trf(" (updated to %1$s when the file is opened)", in: language, "\(current)")
        }
        lines.append(version)
        let intact = report.integrity == ["ok"]
        lines.append(intact ? tr("Integrity: ok", in: language) : tr("Integrity: FAILED", in: language))
        // SQLite's own findings, for whoever helps with the file; the message on standard error says what to do.
        if !intact { lines += report.integrity.prefix(5).map { "  " + $0 } }
        if report.danglingReferences > 0 {
            lines.append(trf("Broken references: %1$s", in: language, "\(report.danglingReferences)"))
        }
        for count in report.counts {
            lines.append("  " + column("\(count.name.text(language)):", width: 22) + "\(count.rows)")
        }
        print(lines.joined(separator: "\n"))
        // SQLite found the pages sound ("ok"): what is wrong is rows that point at records that are not there.
        if report.integrity == ["ok"] && report.danglingReferences > 0 {
            let n = report.danglingReferences
            Console.error(trn("The file “%1$s” has %2$s broken reference: a record points to something that is not in the file. Use a backup, and keep this file.",
                              "The file “%1$s” has %2$s broken references: records point to something that is not in the file. Use a backup, and keep this file.",
                              n, in: language, url.lastPathComponent, String(n)))
            return 1
        }
        guard report.isIntact else {
            Console.error(trf("The file “%1$s” is damaged. Use a backup, and keep the damaged file.", in: language, "\(url.lastPathComponent)"))
            return 1
        }
        return 0
    }

    /// The text padded with spaces, or cut, to a column `width` UTF-16 units wide, as NSString's `padding` counted.
    private static func column(_ text: String, width: Int) -> String {
        let units = text.utf16.count
        return units < width ? text + String(repeating: " ", count: width - units) : String(decoding: text.utf16.prefix(width), as: UTF16.self)
    }
}
