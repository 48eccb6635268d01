import FoundationEssentials
import SamskapCore
import SamskapGraphics
import SamskapStore

/// `samskap render-chart FILE.samskap CHART -o OUT.png|OUT.svg|OUT.pdf [--size 1920x1080] [--theme light|dark|contrast] [--lang nb|en]`.
enum RenderChartCommand: Subcommand {
    static let name = "render-chart"
    static let usage = "render-chart FILE.samskap CHART -o OUT.png|.svg|.pdf [--size 1920x1080] [--theme light|dark|contrast] [--lang nb|en]"
    static let summary = LocalizedText(nb: "tegner en figur til PNG, SVG eller PDF", en: "draws a chart to PNG, SVG or PDF")

    static func run(_ arguments: [String], language: Language) -> Int32 {
        let nb = language == .nb
        let charts = ChartKind.allCases.map(\.rawValue).joined(separator: ", ")
        func bad(_ message: String) -> Int32 { reportUsageError(message, language: language) }
        let list: ArgumentList
        switch ArgumentList.parse(arguments, valued: ["--output", "--size", "--theme", "--lang"], language: language) {
        case .success(let parsed): list = parsed
        case .failure(let error): return bad(error.message)
        }
        guard list.positional.count == 2 else {
            return bad(nb ? "Oppgi prosjektfilen og hvilken figur." : "Give the project file and which chart.")
        }
        guard let kind = ChartKind(rawValue: list.positional[1]) else {
            return bad(nb ? "Ukjent figur «\(list.positional[1])»; velg en av \(charts)." : "Unknown chart “\(list.positional[1])”; choose one of \(charts).")
        }
        guard let output = list.options["--output"] else {
            return bad(nb ? "Oppgi hvor figuren skal skrives med -o." : "Say where to write the chart with -o.")
        }
        let outURL = URL(fileURLWithPath: output)
        guard let format = ChartFormat(pathExtension: outURL.pathExtension) else {
            return bad(nb ? "«\(output)» må slutte på .png, .svg eller .pdf." : "“\(output)” must end in .png, .svg or .pdf.")
        }
        var width = 1920.0, height = 1080.0
        if let size = list.options["--size"] {
            let parts = size.lowercased().split(separator: "x").compactMap { Double($0) }
            guard parts.count == 2, ChartExport.sizeRange.contains(parts[0]), ChartExport.sizeRange.contains(parts[1]) else {
                return bad(nb ? "Størrelsen «\(size)» må være BREDDExHØYDE, 100–10000, f.eks. 1920x1080."
                              : "The size “\(size)” must be WIDTHxHEIGHT, 100–10000, e.g. 1920x1080.")
            }
            (width, height) = (parts[0], parts[1])
        }
        var theme = ChartTheme.light
        if let name = list.options["--theme"] {
            guard let chosen = ChartTheme(rawValue: name) else {
                return bad(nb ? "Ukjent tema «\(name)»; velg light, dark eller contrast." : "Unknown theme “\(name)”; choose light, dark or contrast.")
            }
            theme = chosen
        }
        var chartLanguage = language
        if let code = list.options["--lang"] {
            guard let chosen = Language(rawValue: code) else {
                return bad(nb ? "Ukjent språk «\(code)»; velg nb eller en." : "Unknown language “\(code)”; choose nb or en.")
            }
            chartLanguage = chosen
        }

        let projectURL = URL(fileURLWithPath: list.positional[0])
        // Checked before the project is read: a folder or a project file is refused at once.
        do { _ = try ExportTarget(outURL, protecting: [projectURL]) } catch {
            Console.error(error.readableDescription(language))
            return 1
        }
        let document: ProjectDocument
        let model: ModelContent
        do {
            if projectURL.pathExtension.lowercased() == "json" {
                // The exchange format works too, so a chart can be drawn without a project file.
                document = try ProjectExchange.decode(Data(contentsOf: projectURL))
            } else {
                document = try ProjectFile.read(at: projectURL)
            }
        } catch {
            return reportFailure(error, language: language) { reason in nb ? "Kunne ikke lese «\(projectURL.path)» (\(reason))." : "Could not read “\(projectURL.path)” (\(reason))." }
        }
        do {
            model = try ModelContent.load(chartLanguage)
        } catch {
            Console.error(nb ? "Fant ikke modellinnholdet (\(error)). Sett SAMSKAP_DATA_DIR til mappen som har data/."
                : "Could not find the model content (\(error)). Set SAMSKAP_DATA_DIR to the folder holding data/.")
            return 1
        }
        do {
            try ChartExport.write(kind, data: ChartData(document: document, model: model), to: outURL, format: format,
                                  width: width, height: height, theme: theme, language: chartLanguage, protecting: [projectURL])
        } catch let error as UserFacingError {
            Console.error(error.message(language))
            return 1
        } catch {
            Console.error(nb ? "Kunne ikke skrive «\(outURL.path)». Sjekk at mappen finnes og at du kan skrive i den."
                : "Could not write “\(outURL.path)”. Check that the folder exists and that you can write in it.")
            return 1
        }
        print(nb ? "Skrev «\(kind.title.nb)» til «\(outURL.lastPathComponent)»." : "Wrote “\(kind.title.en)” to “\(outURL.lastPathComponent)”.")
        return 0
    }
}
