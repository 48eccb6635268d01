import Foundation
import XCTest
import SamskapCore
@testable import SamskapStore
import TestSupport

/// Thousands of damaged JSON and CSV files, imported as `import-json` and `import-csv` import them. Each import either
/// succeeds with a document that keeps the rules import promises, or is refused with a message a person can read
/// (no Swift, no decoder dump) while the project and any file already at the target stay byte for byte as they were.
/// Nothing traps, nothing hangs, nothing is imported in part.
///
/// The seed is printed; `SAMSKAP_SEED=<seed>` repeats a run, `SAMSKAP_FUZZ_COUNT=<n>` changes its length.
final class ImportFuzzTests: StoreTestCase {
    /// The rules a successful import guarantees, whatever the file held.
    private static let guaranteed: Set<ValidationRule> = [.answerExperienceOutOfRange, .answerImportanceOutOfRange,
                                                           .anonymityThresholdOutOfRange, .measurementNotANumber,
                                                           .measurementValueOutOfRange, .indicatorValueOutOfRange, .unknownReference]
    /// What a CSV row must have to be imported.
    private static let guaranteedByCSV: Set<ValidationRule> = [.measurementNotANumber, .measurementValueOutOfRange,
                                                                .measurementValueMissing, .measurementNoteMissing]
    /// Longest a single import may take before it counts as a hang (debug build, shared machine).
    private static let slowest: TimeInterval = 10

    private static var demoFolder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("data/demo")
    }

    /// The projects whose exports are damaged: the store's sample, the small fixture, the CSV fixture and a demo.
    private func sources() throws -> [ProjectDocument] {
        var documents = [StoreSamples.full(), Fixtures.smallDocument(), CSVFixture.withMeasurements()]
        let incubator = Self.demoFolder.appendingPathComponent("incubator.json")
        if FileManager.default.fileExists(atPath: incubator.path) {
            documents.append(try ProjectExchange.decode(Data(contentsOf: incubator)))
        }
        return documents
    }

    private func assertReadable(_ error: Error, _ context: @autoclosure () -> String, file: StaticString = #filePath, line: UInt = #line) {
        guard let error = error as? UserFacingError else { return XCTFail("not a message for people: \(error) – \(context())", file: file, line: line) }
        for language in Language.allCases {
            let message = error.message(language)
            XCTAssertFalse(message.isEmpty, context(), file: file, line: line)
            if let marker = InternalText.found(in: message) {
                XCTFail("internal text «\(marker)» in «\(message)» – \(context())", file: file, line: line)
            }
        }
    }

    func testDamagedJSONIsImportedWholeOrRefusedReadably() throws {
        let seed = TestSeed.make("ImportFuzzTests JSON", salt: 0x4A53_4F4E), count = FuzzMutator.count(default: 2_000)
        var rng = SeededRandom(seed: seed)
        let bases = try sources().map { Array(try ProjectExchange.encode($0)) }
        let weights = [6, 3, 2, 1]
        let source = URL(fileURLWithPath: "/fuzz/input.json")
        try Data("not a project".utf8).write(to: path("taken.samskap"))
        let takenBytes = try bytes(path("taken.samskap"))
        var accepted = 0, refused = 0, slowest: TimeInterval = 0
        let started = Date()
        for n in 0..<count {
            let pick = Self.weighted(weights.prefix(bases.count), &rng)
            let input = Data(FuzzMutator.json.mutate(bases[pick], &rng))
            let context = "JSON mutation \(n) of seed \(seed)"
            let target = path("m.samskap")
            let began = Date()
            do {
                let document = try ProjectFile.create(at: target, exchange: input, source: source)
                accepted += 1
                let file = try ProjectFile.open(at: target)
                let stored = try file.load()
                file.close()
                XCTAssertEqual(stored, document, "the file holds what was decoded – \(context)")
                let broken = document.validate(model: Fixtures.model()).filter { Self.guaranteed.contains($0.rule) }
                XCTAssertEqual(broken, [], context)
                let exported = try ProjectExchange.encode(document)
                XCTAssertEqual(try ProjectExchange.decode(exported), document, "round trip – \(context)")
                // Nothing in the file was dropped unseen: every key it fills is one the export writes.
                let dropped = Self.keyPaths(input).subtracting(Self.keyPaths(exported))
                XCTAssertEqual(dropped, [], "keys read from the file and then lost – \(context)")
                try FileManager.default.removeItem(at: target)
            } catch {
                refused += 1
                XCTAssertTrue(error is ExchangeError, "\(type(of: error)): \(error) – \(context)")
                assertReadable(error, context)
                XCTAssertFalse(FileManager.default.fileExists(atPath: target.path), "nothing is written on refusal – \(context)")
            }
            slowest = max(slowest, Date().timeIntervalSince(began))
            // Now and then the same file against a target that exists: refused, and the target untouched.
            if n % 100 == 0 {
                XCTAssertThrowsError(try ProjectFile.create(at: path("taken.samskap"), exchange: input, source: source), context)
                XCTAssertEqual(try bytes(path("taken.samskap")), takenBytes, context)
            }
        }
        XCTAssertEqual(try folderListing(), ["taken.samskap"], "no half-made files are left behind")
        XCTAssertLessThan(slowest, Self.slowest, "an import that slow counts as a hang")
        print("ImportFuzzTests JSON: \(accepted) imported, \(refused) refused, slowest \(Int(slowest * 1000)) ms, "
              + "\(Int(Date().timeIntervalSince(started))) s in all")
        XCTAssertGreaterThan(refused, 0)
    }

    func testDamagedCSVIsImportedWholeOrRefusedReadably() throws {
        let seed = TestSeed.make("ImportFuzzTests CSV", salt: 0x4353_5600), count = FuzzMutator.count(default: 2_000)
        var rng = SeededRandom(seed: seed)
        // Each source project as a file, with its pristine bytes to compare and restore, and its export in both languages.
        let documents = try sources()
        var projects: [(url: URL, pristine: Data, document: ProjectDocument, csv: [[UInt8]])] = []
        for (i, document) in documents.enumerated() {
            let url = path("p\(i).samskap")
            try ProjectFile.create(at: url, document: document).close()
            projects.append((url, try bytes(url), document, Language.allCases.map { Array(MeasurementCSV.export(document, language: $0).utf8) }))
        }
        var accepted = 0, refused = 0, slowest: TimeInterval = 0
        let started = Date()
        for n in 0..<count {
            let project = projects[Self.weighted([3, 2, 3, 1].prefix(projects.count), &rng)]
            let input = Data(FuzzMutator.csv.mutate(rng.pick(project.csv), &rng))
            let context = "CSV mutation \(n) of seed \(seed)"
            let began = Date()
            let file = try ProjectFile.open(at: project.url)
            let before = try file.load()
            do {
                // As `import-csv` does: the plan checked whole, then one transaction.
                let plan = try MeasurementCSV.changes(importing: input, into: before)
                try file.apply(plan.changes)
                accepted += 1
                let after = try file.load()
                file.close()
                XCTAssertEqual(after, before.applying(plan.changes), "every row or none – \(context)")
                let indicators = Dictionary(after.indicators.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
                for case let .upsertMeasurement(m) in plan.changes {
                    guard let indicator = indicators[m.indicatorID] else { XCTFail("no indicator – \(context)"); continue }
                    let broken = m.validationIssues(indicator: indicator, period: after.project.period).filter { Self.guaranteedByCSV.contains($0.rule) }
                    XCTAssertEqual(broken, [], context)
                }
                // What was imported exports and imports again as it is.
                let again = try MeasurementCSV.changes(importing: Data(MeasurementCSV.export(after, language: .nb).utf8), into: after)
                XCTAssertEqual(again.changes, [], "export after import reads back unchanged – \(context)")
                try FileManager.default.removeItem(at: project.url)
                try project.pristine.write(to: project.url)
            } catch {
                file.close()
                refused += 1
                XCTAssertTrue(error is CSVImportError, "\(type(of: error)): \(error) – \(context)")
                assertReadable(error, context)
                XCTAssertEqual(try bytes(project.url), project.pristine, "the project is untouched on refusal – \(context)")
            }
            slowest = max(slowest, Date().timeIntervalSince(began))
        }
        XCTAssertEqual(try folderListing(), projects.map(\.url.lastPathComponent).sorted(), "no files are left behind")
        XCTAssertLessThan(slowest, Self.slowest, "an import that slow counts as a hang")
        print("ImportFuzzTests CSV: \(accepted) imported, \(refused) refused, slowest \(Int(slowest * 1000)) ms, "
              + "\(Int(Date().timeIntervalSince(started))) s in all")
        XCTAssertGreaterThan(refused, 0)
    }

    /// The places of the file's keys that hold something other than null, with list positions left out:
    /// `document.answers[].importance`.
    private static func keyPaths(_ data: Data) -> Set<String> {
        var paths = Set<String>()
        func walk(_ value: Any, _ path: String) {
            if let object = value as? [String: Any] {
                for (key, member) in object where !(member is NSNull) {
                    paths.insert(path + "." + key)
                    walk(member, path + "." + key)
                }
            } else if let list = value as? [Any] {
                for item in list { walk(item, path + "[]") }
            }
        }
        if let root = try? JSONSerialization.jsonObject(with: data) { walk(root, "") }
        return paths
    }

    /// An index drawn with the given weights.
    private static func weighted<C: Collection<Int>>(_ weights: C, _ rng: inout SeededRandom) -> Int {
        var draw = Int.random(in: 0..<weights.reduce(0, +), using: &rng)
        for (i, w) in weights.enumerated() {
            if draw < w { return i }
            draw -= w
        }
        return 0
    }
}
