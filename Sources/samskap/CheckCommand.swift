import FoundationEssentials
import SamskapCore
import SamskapStore

/// `samskap check FILE.samskap`: schema version, SQLite's integrity verdict and the records per table, without
/// changing the file (an older file is reported, not migrated).
enum CheckCommand: Subcommand {
    static let name = "check"
    static let usage = "check FILE.samskap"
    static let summary = LocalizedText(nb: "sjekker en prosjektfil (versjon, integritet, antall)", en: "checks a project file (version, integrity, counts)")

    static func run(_ arguments: [String], language: Language) -> Int32 {
        let nb = language == .nb
        guard let list = parseArguments(arguments, valued: [], language: language) else { return 2 }
        guard list.positional.count == 1 else {
            return reportUsageError(nb ? "Oppgi én prosjektfil." : "Give one project file.", language: language)
        }
        let url = URL(fileURLWithPath: list.positional[0])
        let report: FileReport
        do {
            report = try ProjectFile.inspect(at: url)
        } catch {
            return reportFailure(error, language: language)
        }
        var lines = [nb ? "Fil: \(url.path)" : "File: \(url.path)"]
        let current = ProjectFile.currentSchemaVersion
        var version = nb ? "Skjemaversjon: \(report.schemaVersion)" : "Schema version: \(report.schemaVersion)"
        if report.schemaVersion < current {
            version += nb ? " (oppdateres til \(current) når filen åpnes)" : " (updated to \(current) when the file is opened)"
        }
        lines.append(version)
        let intact = report.integrity == ["ok"]
        lines.append(nb ? "Integritet: \(intact ? "i orden" : "FEIL")" : "Integrity: \(intact ? "ok" : "FAILED")")
        // SQLite's own findings, for whoever helps with the file; the message on standard error says what to do.
        if !intact { lines += report.integrity.prefix(5).map { "  " + $0 } }
        if report.danglingReferences > 0 {
            lines.append(nb ? "Brutte henvisninger: \(report.danglingReferences)" : "Broken references: \(report.danglingReferences)")
        }
        for count in report.counts {
            lines.append("  " + column("\(count.name.text(language)):", width: 22) + "\(count.rows)")
        }
        print(lines.joined(separator: "\n"))
        // SQLite found the pages sound ("ok"): what is wrong is rows that point at records that are not there.
        if report.integrity == ["ok"] && report.danglingReferences > 0 {
            let n = report.danglingReferences
            Console.error(nb ? "Filen «\(url.lastPathComponent)» har \(n) \(n == 1 ? "brutt henvisning: en post viser" : "brutte henvisninger: poster viser") til noe som ikke finnes i filen. Bruk en sikkerhetskopi, og ta vare på denne filen."
                             : "The file “\(url.lastPathComponent)” has \(n) \(n == 1 ? "broken reference: a record points" : "broken references: records point") to something that is not in the file. Use a backup, and keep this file.")
            return 1
        }
        guard report.isIntact else {
            Console.error(nb ? "Filen «\(url.lastPathComponent)» er skadet. Bruk en sikkerhetskopi, og ta vare på den skadde filen."
                             : "The file “\(url.lastPathComponent)” is damaged. Use a backup, and keep the damaged file.")
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
