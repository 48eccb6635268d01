import FoundationEssentials
import SamskapCore
import SamskapGraphics
import SamskapStore

/// `samskap export-pdf FILE.samskap -o report.pdf [--lang nb|en] [--sections LIST]`: writes the project report.
enum ExportPDFCommand: Subcommand {
    static let name = "export-pdf"
    static let usage = "export-pdf FILE.samskap -o REPORT.pdf [--lang nb|en] [--sections LIST]"
    static let summary = LocalizedText(nb: "skriver prosjektrapporten som PDF (A4, med innhold og bokmerker)",
                                       en: "writes the project report as a PDF (A4, with contents and bookmarks)")

    static func run(_ arguments: [String], language: Language) -> Int32 {
        let nb = language == .nb
        let usageLine = (nb ? "Bruk: samskap " : "Usage: samskap ") + usage(in: language)
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
                Console.error(nb ? "Ukjent språk «\(code)». Velg nb eller en." : "Unknown language “\(code)”. Choose nb or en.")
                return 2
            }
            reportLanguage = chosen
        }
        var sections = ReportSection.allCases
        if let listText = list.options["--sections"] {
            let (chosen, unknown) = ReportSection.parseList(listText)
            let valid = ReportSection.allCases.map { nb ? "\($0.rawValue) (\($0.aliases[0]))" : $0.rawValue }.joined(separator: ", ")
            guard unknown.isEmpty, !chosen.isEmpty else {
                let names = unknown.map { "«\($0)»" }.joined(separator: ", ")
                Console.error(nb ? "Ukjent del \(names.isEmpty ? "(ingen valgt)" : names) i --sections. Gyldige deler: \(valid)."
                                 : "Unknown section \(names.isEmpty ? "(none chosen)" : names) in --sections. Valid sections: \(valid).")
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
            let noun = nb ? (info.pageCount == 1 ? "side" : "sider") : (info.pageCount == 1 ? "page" : "pages")
            print(nb ? "Skrev rapporten (\(info.pageCount) \(noun)) til «\(outURL.lastPathComponent)»."
                     : "Wrote the report (\(info.pageCount) \(noun)) to “\(outURL.lastPathComponent)”.")
            return 0
        } catch let error as UserFacingError {
            Console.error(error.message(language))
            return 1
        } catch let error as ContentError {
            Console.error(nb ? "Fant ikke modellen i riktig form: \(error). Installer Samskap på nytt, eller sett SAMSKAP_DATA_DIR."
                             : "The model content is missing or damaged: \(error). Reinstall Samskap, or set SAMSKAP_DATA_DIR.")
            return 1
        } catch {
            let reason = error.readableDescription(language)
            Console.error(nb ? "Rapporten stoppet uventet (\(reason))." : "The report stopped unexpectedly (\(reason)).")
            return 1
        }
    }
}
