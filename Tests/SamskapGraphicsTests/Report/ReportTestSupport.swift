import Foundation
import SamskapCore
import SamskapStore
import TestSupport
import XCTest

/// Shared helpers of the report tests: the demo project, poppler's tools and a scratch folder.
enum ReportTestSupport {
    /// The repository root, found from this file.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// A fixed report date, so that texts are stable.
    static let date = Day(year: 2026, month: 3, day: 1)!

    /// The demo project from `data/demo/housing.json`.
    static func demo() throws -> ProjectDocument {
        let data = try Data(contentsOf: root.appendingPathComponent("data/demo/housing.json"))
        return try ProjectExchange.decode(data)
    }

    /// The real model content in a language (the English one for a language whose model is not written yet).
    static func model(_ language: Language) throws -> ModelContent {
        try ModelContent.load(language, locator: ResourceLocator(resources: root.appendingPathComponent("Resources"),
                                                                  data: root.appendingPathComponent("data")))
    }

    /// A fresh folder for one test's files.
    static func scratch(_ name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("samskap-report-\(name)-\(UUID().uuidString.prefix(6))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs a poppler tool; returns standard output. Skips the test when the tool is missing.
    static func run(_ tool: String, _ arguments: [String]) throws -> String {
        let path = "/usr/bin/\(tool)"
        guard FileManager.default.isExecutableFile(atPath: path) else { throw XCTSkip("\(tool) is not installed (poppler-utils)") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        _ = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw NSError(domain: tool, code: Int(process.terminationStatus), userInfo: [NSLocalizedDescriptionKey: "\(tool) failed"])
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// `pdfinfo` as a dictionary of its fields.
    static func info(_ pdf: URL) throws -> [String: String] {
        var fields: [String: String] = [:]
        for line in try run("pdfinfo", [pdf.path]).split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return fields
    }

    /// The text of the PDF (or of pages `first...last`, from 1), with soft line-break artefacts joined.
    static func text(_ pdf: URL, first: Int? = nil, last: Int? = nil) throws -> String {
        var arguments: [String] = []
        if let first { arguments += ["-f", String(first)] }
        if let last { arguments += ["-l", String(last)] }
        return try run("pdftotext", arguments + ["-enc", "UTF-8", pdf.path, "-"])
    }

    /// Text with every run of white space made one space, so that wrapped names can be searched for.
    static func flat(_ text: String) -> String {
        text.replacingOccurrences(of: "\u{00A0}", with: " ")
            .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
