import XCTest

/// The PO files, the template and the sources, checked by Tests/Locale/check_catalogue.py (which needs gettext's
/// tools, as the build does): each check on the tree, and once on a broken sample to see that it can fail.
final class CatalogueFilesTests: XCTestCase {
    private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Runs Python with the checker importable; returns the exit status and what it printed.
    private func python(_ code: String) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", "import sys; sys.path.insert(0, 'Tests/Locale'); import check_catalogue as c\n" + code]
        process.currentDirectoryURL = Self.root
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("samskap-catalogue-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    func testEveryLanguageIsCompleteAndKeepsThePlaceholders() throws {
        let (status, output) = try python("sys.exit(c.main(['po']))")
        XCTAssertEqual(status, 0, output)
    }

    func testTheTemplateHoldsEveryTextOfTheCode() throws {
        let (status, output) = try python("sys.exit(c.main(['pot']))")
        XCTAssertEqual(status, 0, output)
    }

    func testNoTextIsShownWithoutTheCatalogue() throws {
        let (status, output) = try python("sys.exit(c.main(['literals']))")
        XCTAssertEqual(status, 0, output)
    }

    func testTheChecksFindABrokenCatalogueAndAnUntranslatedLiteral() throws {
        let folder = try temporaryFolder()
        try "xx\n".write(to: folder.appendingPathComponent("LINGUAS"), atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(at: Self.root.appendingPathComponent("po/samskap.pot"), to: folder.appendingPathComponent("samskap.pot"))
        try """
        msgid ""
        msgstr ""
        "Content-Type: text/plain; charset=UTF-8\\n"
        "Plural-Forms: nplurals=2; plural=(n != 1);\\n"

        msgid "Open %1$s"
        msgstr "Åpne"

        #, fuzzy
        msgid "Partners"
        msgstr "Samarbeidspartnere"

        """.write(to: folder.appendingPathComponent("xx.po"), atomically: true, encoding: .utf8)
        let (_, po) = try python("print('\\n'.join(c.check_po('\(folder.path)')))")
        XCTAssertTrue(po.contains("'Open %1$s' has placeholders []"), po)
        XCTAssertTrue(po.contains("'Partners' is fuzzy"), po)
        XCTAssertTrue(po.contains("xx.po lacks"), po)

        let sources = folder.appendingPathComponent("Sources")
        try FileManager.default.createDirectory(at: sources, withIntermediateDirectories: true)
        try """
        let a = gtk_label_new("Partners of the project")
        let b = gtk_label_new(tr("Partners of the project"))
        Accessibility.setOwnLabel(icon, "go-up-symbolic")
        Console.error("Could not read \\(path).")
        """.write(to: sources.appendingPathComponent("Sample.swift"), atomically: true, encoding: .utf8)
        let (_, literals) = try python("print('\\n'.join(c.check_literals('\(sources.path)')))")
        XCTAssertTrue(literals.contains("Sample.swift:1: \"Partners of the project\" is shown untranslated"), literals)
        XCTAssertTrue(literals.contains("Sample.swift:4: \"Could not read"), literals)
        XCTAssertEqual(literals.split(separator: "\n").count, 2, literals)
    }
}
