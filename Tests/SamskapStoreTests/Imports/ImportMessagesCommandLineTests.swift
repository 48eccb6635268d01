import Foundation
import XCTest
@testable import SamskapStore
import TestSupport

/// Issue 16 end to end on the built `samskap`: crashes become messages, and messages say what, where and what to do.
final class ImportMessagesCommandLineTests: StoreTestCase {
    private func samskap(_ arguments: String..., english: Bool = false) throws -> (status: Int32, out: String, err: String) {
        try run("samskap", arguments, environment: english ? ["LANG": "en_GB.UTF-8"] : [:])
    }

    func testATwentyDigitYearInCSVIsAMessageNotACrash() throws {
        try ProjectFile.create(at: path("p.samskap"), document: StoreSamples.full()).close()
        try Data("indikator;dato;verdi\nFamilier i egen bolig;1.1.99999999999999999999;3\n".utf8).write(to: path("m.csv"))
        let before = try bytes(path("p.samskap"))
        let result = try samskap("import-csv", "p.samskap", "m.csv")
        XCTAssertEqual(result.status, 1, result.err)
        XCTAssertEqual(result.err, "samskap: m.csv: Linje 2, kolonne «dato»: «1.1.99999999999999999999» er ikke en dato. Skriv den som 1.3.2026 eller 2026-03-01. Ingenting ble importert.\n")
        XCTAssertEqual(try bytes(path("p.samskap")), before)
    }

    func testAFractionForAWholeNumberNamesThePlace() throws {
        var text = String(decoding: try ProjectExchange.encode(StoreSamples.full()), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"position\" : 1", with: "\"position\" : 2.5")
        try Data(text.utf8).write(to: path("p.json"))
        let result = try samskap("import-json", "p.json", "-o", "p.samskap")
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.err, "samskap: «p.json» kan ikke importeres: goals[1].position: 2,5 skal være et heltall. Ingenting er lagret; rett filen og prøv igjen.\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: path("p.samskap").path))
    }

    func testADanglingReferenceIsNamedNotCalledOK() throws {
        try ProjectFile.create(at: path("p.samskap"), document: StoreSamples.full()).close()
        try writeRawSQLite(path("p.samskap"), """
            PRAGMA foreign_keys = OFF;
            UPDATE measurement SET indicator_id = x'00000000000000000000000000000042' WHERE seq = (SELECT min(seq) FROM measurement);
            PRAGMA wal_checkpoint(TRUNCATE);
            """)
        let result = try samskap("check", "p.samskap")
        XCTAssertEqual(result.status, 1)
        XCTAssertFalse(result.err.contains("(ok)"), result.err)
        XCTAssertEqual(result.err, "samskap: Filen «p.samskap» har 1 brutt henvisning: en post viser til noe som ikke finnes i filen. Bruk en sikkerhetskopi, og ta vare på denne filen.\n")
        let english = try samskap("check", "p.samskap", english: true)
        XCTAssertEqual(english.err, "samskap: The file “p.samskap” has 1 broken reference: a record points to something that is not in the file. Use a backup, and keep this file.\n")
    }

    func testAnInfiniteValueOnExportIsAMessageNotADump() throws {
        try ProjectFile.create(at: path("p.samskap"), document: StoreSamples.full()).close()
        try writeRawSQLite(path("p.samskap"), """
            UPDATE measurement SET value = 1e999 WHERE seq = (SELECT min(seq) FROM measurement);
            PRAGMA wal_checkpoint(TRUNCATE);
            """)
        let result = try samskap("export-json", "p.samskap", "-o", "p.json", english: true)
        XCTAssertEqual(result.status, 1)
        XCTAssertNil(InternalText.found(in: result.err), result.err)
        XCTAssertEqual(result.err, "samskap: The measurement of “Familier i egen bolig” on 2025-03-31 has the value inf, which is not a number JSON can hold. Correct the value in Samskap and export again.\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: path("p.json").path))
    }
}
