import FoundationEssentials
import SamskapCore
import SamskapGraphics
import SamskapStore

/// `samskap export-pdf FILE.samskap -o report.pdf [--lang nb|nn|en] [--sections LIST]`: writes the project report.
enum ExportPDFCommand: Subcommand {
    static let name = "export-pdf"
    static let usage = "export-pdf FILE.samskap -o REPORT.pdf [--lang nb|nn|en] [--sections LIST]"
    static let summary = LocalizedText("writes the project report as a PDF (A4, with contents and bookmarks)")

    static func run(_ arguments: [String], language: Language) -> Int32 {
        let usageLine = tr("Usage: samskap ", in: language) + usage(in: language)
        let parsed = ArgumentList.parse(arguments, valued: ["--output", "--lang", "--sections"], language: language)
        guard case let .success(list) = parsed else {
            if case let .failure(error) = parsed { Console.error(error.message) }
            Console.error(usageLine)
            return 2
        }
        guard list.positional.count == 1, let output = list.options["--output"], !output.isEmpty else {
            Console.error(usageLine)
            return 2
        }
        // The report's language defaults to the language the command speaks.
        var reportLanguage = language
        if let code = list.options["--lang"] {
            guard let chosen = Language(rawValue: code.lowercased()) else {
                Console.error(trf("Unknown language “%1$s”. Choose nb, nn or en.", in: language, code))
                return 2
            }
            reportLanguage = chosen
        }
        var sections = ReportSection.allCases
        if let listText = list.options["--sections"] {
            let (chosen, unknown) = ReportSection.parseList(listText)
            // In Norwegian the sections' Norwegian names are accepted too; they are the file's words, not translated.
            let valid = ReportSection.allCases.map { language.isNorwegian ? "\($0.rawValue) (\($0.aliases[0]))" : $0.rawValue }.joined(separator: ", ")
            guard unknown.isEmpty, !chosen.isEmpty else {
                let names = unknown.map { trf("“%1$s”", in: language, $0) }.joined(separator: ", ")
                Console.error(trf("Unknown section %1$s in --sections. Valid sections: %2$s.", in: language,
                                  names.isEmpty ? tr("(none chosen)", in: language) : names, valid))
                return 2
            }
            sections = chosen
        }

        let projectURL = URL(fileURLWithPath: list.positional[0])
        let outURL = URL(fileURLWithPath: output)
        do {
            // The target is checked before the project is read: a folder or a project file is refused at once.
            _ = try ExportTarget(outURL, protecting: [projectURL])
            let document = try ProjectFile.read(at: projectURL)
            let model = try ModelContent.load(reportLanguage)
            let info = try ReportExporter.exportPDF(document: document, model: model, to: outURL, language: reportLanguage,
                                                    sections: sections, creator: "Samskap \(ProductVersion.current)",
                                                    protecting: [projectURL])
            print(trn("Wrote the report (%1$s page) to “%2$s”.", "Wrote the report (%1$s pages) to “%2$s”.", info.pageCount,
                      in: language, String(info.pageCount), outURL.lastPathComponent))
            return 0
        } catch let error as UserFacingError {
            Console.error(error.message(language))
            return 1
        } catch let error as ContentError {
            Console.error(trf("The model content is missing or damaged: %1$s. Reinstall Samskap, or set SAMSKAP_DATA_DIR.", in: language, "\(error)"))
            return 1
        } catch {
            let reason = error.readableDescription(language)
            Console.error(trf("The report stopped unexpectedly (%1$s).", in: language, "\(reason)"))
            return 1
        }
    }
}
