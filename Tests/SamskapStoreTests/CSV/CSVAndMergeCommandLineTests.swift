import Foundation
import SamskapCore
import XCTest
@testable import SamskapStore
import TestSupport

/// End to end on the built `samskap`: `export-csv`, `import-csv` and `merge`, their messages and exit codes.
final class CSVAndMergeCommandLineTests: StoreTestCase {
    private func samskap(_ arguments: String..., english: Bool = false) throws -> (status: Int32, out: String, err: String) {
        try run("samskap", arguments, environment: english ? ["LANG": "en_GB.UTF-8"] : [:])
    }

    private func makeFile(_ name: String, _ document: ProjectDocument) throws {
        try ProjectFile.create(at: path(name), document: document).close()
    }

    private func load(_ name: String) throws -> ProjectDocument {
        let file = try ProjectFile.open(at: path(name))
        defer { file.close() }
        return try file.load()
    }

    func testExportEditImportUpdatesWithoutDuplicating() throws {
        let sample = StoreSamples.full()
        try makeFile("p.samskap", sample)
        let export = try samskap("export-csv", "p.samskap", "-o", "m.csv")
        XCTAssertEqual(export.status, 0, export.err)
        XCTAssertEqual(export.out, "Skrev \(sample.measurements.count) målinger til «m.csv».\n")
        // Read as bytes: Foundation's String(contentsOf:) would hide the byte order mark.
        var text = String(decoding: try bytes(path("m.csv")), as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("\u{FEFF}indikator;dato;verdi;"), text)

        let again = try samskap("import-csv", "p.samskap", "m.csv")
        XCTAssertEqual(again.status, 0, again.err)
        XCTAssertEqual(again.out, "Ingenting nytt: alle \(sample.measurements.count) målingene i filen finnes allerede.\n")

        let quantitative = try XCTUnwrap(sample.indicators.first { $0.kind == .quantitative })
        text += "\(quantitative.name);1.6.2026;12,5;;Telling;;;\r\n"
        try Data(text.utf8).write(to: path("m.csv"))
        let imported = try samskap("import-csv", "p.samskap", "m.csv")
        XCTAssertEqual(imported.status, 0, imported.err)
        XCTAssertTrue(imported.out.hasPrefix("La til 1 måling."), imported.out)
        let after = try load("p.samskap")
        XCTAssertEqual(after.measurements.count, sample.measurements.count + 1)
        XCTAssertTrue(after.measurements.contains { $0.value == 12.5 && $0.source == "Telling" })
    }

    func testBadCSVChangesNothingAndNamesLineAndColumn() throws {
        let sample = StoreSamples.full()
        try makeFile("p.samskap", sample)
        let name = try XCTUnwrap(sample.indicators.first { $0.kind == .quantitative }).name
        try Data("indikator;dato;verdi\n\(name);1.1.2026;3\n\(name);2.1.2026;tolv\n".utf8).write(to: path("bad.csv"))
        let result = try samskap("import-csv", "p.samskap", "bad.csv")
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.out, "")
        XCTAssertEqual(result.err, "samskap: bad.csv: Linje 3, kolonne «verdi»: «tolv» er ikke et tall. Rett cellen og importer på nytt. Ingenting ble importert.\n")
        XCTAssertEqual(try load("p.samskap"), sample)
        let english = try samskap("import-csv", "p.samskap", "bad.csv", english: true)
        XCTAssertTrue(english.err.contains("Line 3, column “verdi”: “tolv” is not a number."), english.err)
    }

    func testMergeTwiceAddsNothingTheSecondTime() throws {
        let sample = StoreSamples.full()
        try makeFile("here.samskap", sample)
        // The other machine held a new round with two respondents answering three statements.
        var there = sample
        let round = AssessmentRound(date: Day(parsing: "2026-06-01")!, label: "Høst")
        there.rounds.append(round)
        for n in 1...2 {
            let respondent = Respondent(roundID: round.id, label: "Deltaker \(n)")
            there.respondents.append(respondent)
            for s in ["a", "b", "c"] {
                there.answers.append(Answer(roundID: round.id, respondentID: respondent.id, statementID: "equalStanding.\(s)", experience: 4, importance: 5))
            }
        }
        try makeFile("there.samskap", there)

        let first = try samskap("merge", "here.samskap", "there.samskap")
        XCTAssertEqual(first.status, 0, first.err)
        XCTAssertEqual(first.out, "La til 1 vurderingsrunde, 2 respondenter og 6 svar. 0 konflikter.\n")
        let merged = try load("here.samskap")
        XCTAssertEqual(Set(merged.answers), Set(there.answers))

        let second = try samskap("merge", "here.samskap", "there.samskap", english: true)
        XCTAssertEqual(second.status, 0, second.err)
        XCTAssertEqual(second.out, "Nothing new to add: everything in the other file is here already. 0 conflicts.\n")
        XCTAssertEqual(try load("here.samskap"), merged)
    }

    func testMergeFromJSONAndRefusalOfAnotherProject() throws {
        let sample = StoreSamples.full()
        try makeFile("here.samskap", sample)
        var stranger = sample
        stranger.project.id = UUID()
        stranger.project.name = "Et annet prosjekt"
        let extra = Goal(text: "Flere i arbeid", position: 9)
        stranger.goals.append(extra)
        try ProjectExchange.encode(stranger).write(to: path("other.json"))

        let refused = try samskap("merge", "here.samskap", "other.json")
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.err.contains("«Et annet prosjekt»") && refused.err.contains("--force"), refused.err)
        XCTAssertEqual(try load("here.samskap"), sample)

        let forced = try samskap("merge", "here.samskap", "other.json", "--force")
        XCTAssertEqual(forced.status, 0, forced.err)
        XCTAssertEqual(forced.out, "La til 1 overordnet mål. 0 konflikter.\n")
        XCTAssertTrue(try load("here.samskap").goals.contains(extra))
    }

    func testMergeReadsAWriteProtectedCopyWithoutTouchingIt() throws {
        let sample = StoreSamples.full()
        try makeFile("here.samskap", sample)
        var there = sample
        there.evaluations.append(EvaluationEntry(date: Day(parsing: "2026-05-05")!, learned: "Kaffe hjelper"))
        try FileManager.default.createDirectory(at: path("stick"), withIntermediateDirectories: true)
        try makeFile("stick/there.samskap", there)
        chmod(path("stick/there.samskap").path, 0o444)
        chmod(path("stick").path, 0o555)
        defer { chmod(path("stick").path, 0o755) }
        let before = try bytes(path("stick/there.samskap"))
        let result = try samskap("merge", "here.samskap", "stick/there.samskap")
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertEqual(result.out, "La til 1 evaluering. 0 konflikter.\n")
        XCTAssertEqual(try bytes(path("stick/there.samskap")), before)
    }

    func testBadArgumentsExitTwo() throws {
        for arguments in [["import-csv"], ["import-csv", "a.samskap"], ["import-csv", "a.samskap", "b.csv", "c"], ["import-csv", "-x", "a", "b"],
                          ["export-csv", "a.samskap"], ["export-csv", "a.samskap", "-o", "b.samskap"], ["export-csv", "-o"],
                          ["merge", "a.samskap"], ["merge", "a.samskap", "a.samskap"], ["merge", "a.samskap", "b.samskap", "--bogus"]] {
            let result = try run("samskap", arguments)
            XCTAssertEqual(result.status, 2, "\(arguments): \(result.err)")
            XCTAssertTrue(result.err.hasPrefix("samskap: ") && result.err.contains("Bruk: samskap"), "\(arguments): \(result.err)")
        }
    }

    func testMissingFilesFailWithOne() throws {
        try makeFile("p.samskap", StoreSamples.full())
        let noCSV = try samskap("import-csv", "p.samskap", "finnes-ikke.csv")
        XCTAssertEqual(noCSV.status, 1)
        XCTAssertTrue(noCSV.err.contains("finnes-ikke.csv"), noCSV.err)
        let noProject = try samskap("export-csv", "borte.samskap", "-o", "x.csv")
        XCTAssertEqual(noProject.status, 1)
        XCTAssertTrue(noProject.err.contains("borte.samskap"), noProject.err)
        XCTAssertFalse(FileManager.default.fileExists(atPath: path("x.csv").path))
    }

    func testExportToStandardOutput() throws {
        try makeFile("p.samskap", StoreSamples.full())
        let result = try samskap("export-csv", "p.samskap", "-o", "-", english: true)
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertTrue(result.out.hasPrefix("\u{FEFF}indicator;date;value;note;source;comment;indicator-id;measurement-id;target on the date\r\n"), result.out)
    }
}
