import Foundation
import SamskapCore
import XCTest

/// What every subcommand shares: the help in each language, the version, and the two kinds of failure.
final class HelpAndErrorsTests: CLITestCase {
    /// Usage lines of `--help`, without the leading "samskap ".
    private func usages(_ help: String) -> [String] {
        help.split(separator: "\n").compactMap { line in
            line.hasPrefix("  samskap ") && !line.hasPrefix("  samskap [") && !line.hasPrefix("  samskap --")
                ? String(line.dropFirst("  samskap ".count)) : nil
        }
    }

    func testTheHelpWritesItsPlaceholdersInItsOwnLanguage() throws {
        let english = try samskap("--help", english: true)
        XCTAssertEqual(english.status, 0, english.err)
        let englishUsages = usages(english.out)
        XCTAssertGreaterThanOrEqual(englishUsages.count, 9, english.out)
        for word in ["FIL", "UT", "INN", "ANNEN", "RAPPORT", "FIGUR", "LISTE"] {
            XCTAssertFalse(englishUsages.contains { $0.split(whereSeparator: { !$0.isLetter }).contains { $0 == word } },
                           "a Norwegian placeholder \(word) in the English help: \(englishUsages)")
        }
        XCTAssertTrue(english.out.contains("samskap check FILE.samskap"), english.out)

        let norwegian = try samskap("--help")
        XCTAssertEqual(usages(norwegian.out).count, englishUsages.count)
        XCTAssertTrue(norwegian.out.contains("samskap export-json FIL.samskap -o UT.json"), norwegian.out)
        XCTAssertTrue(norwegian.out.contains("samskap merge FIL.samskap ANNEN.samskap [--force]"), norwegian.out)
        XCTAssertFalse(norwegian.out.contains("FILE"), norwegian.out)
        // Options and the values they take are typed as they are, in either language.
        XCTAssertTrue(norwegian.out.contains("--sections LISTE") && norwegian.out.contains("--theme light|dark|contrast"), norwegian.out)
    }

    func testTheVersionIsTheProductsInHelpAndVersion() throws {
        let version = try samskap("--version")
        XCTAssertEqual(version.status, 0)
        XCTAssertEqual(version.out, "samskap \(ProductVersion.current)\n")
        let help = try samskap("--help", english: true)
        XCTAssertTrue(help.out.hasPrefix("Samskap \(ProductVersion.current) – "), help.out)
    }

    func testACommandLineToCorrectSaysWhatIsWrongAndHowTheCommandIsUsed() throws {
        assertUsageError(try samskap("check", english: true), "Give one project file.", usage: "check FILE.samskap", english: true)
        assertUsageError(try samskap("check"), "Oppgi én prosjektfil.", usage: "check FIL.samskap", english: false)
        assertUsageError(try samskap("export-json", "p.samskap", "--colour", "red", english: true), "Unknown option “--colour”.",
                         usage: "export-json FILE.samskap -o OUT.json", english: true)
        assertUsageError(try samskap("demo", "-o"), "«-o» mangler en verdi.", usage: "demo -o FIL.samskap", english: false)
        assertUsageError(try samskap("merge", "a.samskap", english: true), "Give the project file and the copy", usage: "merge FILE.samskap OTHER.samskap [--force]",
                         english: true)
        assertUsageError(try samskap("render-chart", english: true), "Give the project file and which chart.", usage: "render-chart FILE.samskap CHART -o OUT.png", english: true)
        XCTAssertEqual(try samskap("no-such-command", english: true).status, 2)
    }

    func testAFileThatCannotBeOpenedIsReportedOnce() throws {
        let missing = try samskap("check", "none.samskap", english: true)
        assertFailure(missing, "none.samskap")
        XCTAssertEqual(missing.err.components(separatedBy: "samskap: ").count - 1, 1, "one message: \(missing.err)")
        try Data("not a project".utf8).write(to: path("notes.samskap"))
        assertFailure(try samskap("export-json", "notes.samskap", "-o", "out.json", english: true), "notes.samskap")
        XCTAssertFalse(FileManager.default.fileExists(atPath: path("out.json").path), "nothing written")
    }
}
