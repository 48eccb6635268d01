import Foundation
import XCTest
@testable import SamskapStore
import TestSupport

/// Old files are brought up to date on open; the committed version-1 file is the proof.
final class MigrationTests: StoreTestCase {
    /// Rewrites the committed fixture; run with SAMSKAP_WRITE_FIXTURES=1 only when the fixture itself must change
    /// (it should not: it stands for files already in people's folders).
    func testWriteFixtureWhenAsked() throws {
        guard ProcessInfo.processInfo.environment["SAMSKAP_WRITE_FIXTURES"] == "1" else { throw XCTSkip("set SAMSKAP_WRITE_FIXTURES=1 to rewrite") }
        try VersionOneFixture.write(to: VersionOneFixture.url)
    }

    func testCommittedFixtureIsVersionOne() throws {
        // Read a copy: even a read-only open of a WAL file leaves -shm and -wal files beside it.
        let copy = path("fixture.samskap")
        try FileManager.default.copyItem(at: VersionOneFixture.url, to: copy)
        XCTAssertEqual(rawQuery(copy, "PRAGMA user_version"), ["1"])
        XCTAssertEqual(rawQuery(copy, "SELECT count(*) FROM pragma_table_info('evaluation') WHERE name = 'went_wrong'"), ["0"])
    }

    func testVersionOneFileIsMigratedAndRead() throws {
        let url = path("old.samskap")
        try FileManager.default.copyItem(at: VersionOneFixture.url, to: url)
        let file = try ProjectFile.open(at: url)
        // Through version 3 too: step 1's text joins the problem, as the document's own fold would put it.
        XCTAssertEqual(try file.load(), VersionOneFixture.expected.foldingStepFacts())
        XCTAssertEqual(try file.check().schemaVersion, ProjectFile.currentSchemaVersion)
        // The new columns work.
        var entry = VersionOneFixture.expected.evaluations[0]
        entry.wentWrong = "Vi kom for sent i gang"
        var project = VersionOneFixture.expected.project
        project.anonymityThreshold = 5
        try file.apply([.upsertEvaluation(entry), .setProject(project)])
        file.close()
        let reopened = try ProjectFile.open(at: url)
        defer { reopened.close() }
        let document = try reopened.load()
        XCTAssertEqual(document.evaluations[0].wentWrong, "Vi kom for sent i gang")
        XCTAssertEqual(document.project.anonymityThreshold, 5)
        XCTAssertTrue(try reopened.check().isIntact)
    }

    func testFreshAndMigratedSchemasAreTheSame() throws {
        let old = path("old.samskap"), new = path("new.samskap")
        try FileManager.default.copyItem(at: VersionOneFixture.url, to: old)
        try ProjectFile.open(at: old).close()
        try ProjectFile.create(at: new, document: .new(named: "Ny")).close()
        let schema = "SELECT name || ':' || sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY name"
        let columns = "SELECT m.name || '.' || p.name || ':' || p.type || ':' || ifnull(p.dflt_value, '-') FROM sqlite_schema m, pragma_table_info(m.name) p WHERE m.type = 'table' ORDER BY 1"
        XCTAssertEqual(rawQuery(old, columns), rawQuery(new, columns))
        XCTAssertEqual(rawQuery(old, schema).count, rawQuery(new, schema).count)
    }

    func testAFailedMigrationLeavesTheFileAsItWas() throws {
        let url = path("old.samskap")
        try FileManager.default.copyItem(at: VersionOneFixture.url, to: url)
        // Sabotage: a column version 2 is about to add already exists, so step 2 fails halfway.
        try writeRawSQLite(url, "ALTER TABLE project ADD COLUMN anonymity_threshold INTEGER; PRAGMA wal_checkpoint(TRUNCATE);")
        let before = try bytes(url)
        XCTAssertThrowsError(try ProjectFile.open(at: url))
        XCTAssertEqual(rawQuery(url, "PRAGMA user_version"), ["1"])
        XCTAssertEqual(rawQuery(url, "SELECT count(*) FROM pragma_table_info('evaluation') WHERE name = 'went_wrong'"), ["0"])
        XCTAssertEqual(try bytes(url), before)
    }

    // MARK: Version 2 → 3: steps 1 and 2 hold no facts of their own

    /// The committed version-2 file: the incubator demo as version 2 made it, with steps 1 and 2 saying more than the
    /// problem and the goals.
    private var versionTwo: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/version2.samskap")
    }

    func testVersionTwoFileKeepsEveryTextOfStepsOneAndTwoWhereTheFactsLive() throws {
        let url = path("v2.samskap")
        try FileManager.default.copyItem(at: versionTwo, to: url)
        XCTAssertEqual(rawQuery(url, "PRAGMA user_version"), ["2"])
        let problem = rawQuery(url, "SELECT problem FROM project")[0]
        let stepOne = rawQuery(url, "SELECT content FROM impact_step WHERE kind = 1")[0]
        let stepTwo = rawQuery(url, "SELECT content FROM impact_step WHERE kind = 2")[0]
        let goals = rawQuery(url, "SELECT text FROM goal ORDER BY position")
        XCTAssertFalse(stepOne.isEmpty || stepTwo.isEmpty || problem.isEmpty || goals.isEmpty, "the fixture has both copies")

        let file = try ProjectFile.open(at: url)
        defer { file.close() }
        let document = try file.load()
        XCTAssertEqual(try file.check().schemaVersion, ProjectFile.currentSchemaVersion)
        XCTAssertEqual(document.project.problem, problem + "\n\n[Trinn 1 / Step 1] " + stepOne)
        XCTAssertEqual(document.goals.map(\.text), goals + ["[Trinn 2 / Step 2] " + stepTwo])
        XCTAssertEqual(document.impactSteps.filter { $0.kind.rawValue <= 2 }.map(\.content), ["", ""])

        // The store's SQL and the document's own fold (for JSON from older versions) agree.
        var before = document
        before.project.problem = problem
        before.goals.removeLast()
        before.impactSteps[0].content = stepOne
        before.impactSteps[1].content = stepTwo
        let folded = before.foldingStepFacts()
        XCTAssertEqual(folded.project.problem, document.project.problem)
        XCTAssertEqual(folded.goals.map(\.text), document.goals.map(\.text))
        XCTAssertEqual(folded.goals.map(\.position), document.goals.map(\.position))
    }
}
