import FoundationEssentials
import SamskapCore
import SamskapGraphics
import SamskapStore

/// `samskap render-chart FILE.samskap CHART -o OUT.png|OUT.svg|OUT.pdf [--size 1920x1080] [--theme light|dark|contrast] [--lang nb|nn|en]`.
enum RenderChartCommand: Subcommand {
    static let name = "render-chart"
    static let usage = "render-chart FILE.samskap CHART -o OUT.png|.svg|.pdf [--size 1920x1080] [--theme light|dark|contrast] [--lang nb|nn|en]"
    static let summary = LocalizedText("draws a chart to PNG, SVG or PDF")

    static func run(_ arguments: [String], language: Language) -> Int32 {
        let charts = ChartKind.allCases.map(\.rawValue).joined(separator: ", ")
        func bad(_ message: String) -> Int32 { reportUsageError(message, language: language) }
        let list: ArgumentList
        switch ArgumentList.parse(arguments, valued: ["--output", "--size", "--theme", "--lang"], language: language) {
        case .success(let parsed): list = parsed
        case .failure(let error): return bad(error.message)
        }
        guard list.positional.count == 2 else {
            return bad(tr("Give the project file and which chart.", in: language))
        }
        guard let kind = ChartKind(rawValue: list.positional[1]) else {
            return bad(trf("Unknown chart “%1$s”; choose one of %2$s.", in: language, "\(list.positional[1])", "\(charts)"))
        }
        guard let output = list.options["--output"] else {
            return bad(tr("Say where to write the chart with -o.", in: language))
        }
        let outURL = URL(fileURLWithPath: output)
        guard let format = ChartFormat(pathExtension: outURL.pathExtension) else {
            return bad(trf("“%1$s” must end in .png, .svg or .pdf.", in: language, "\(output)"))
        }
        var width = 1920.0, height = 1080.0
        if let size = list.options["--size"] {
            let parts = size.lowercased().split(separator: "x").compactMap { Double($0) }
            guard parts.count == 2, ChartExport.sizeRange.contains(parts[0]), ChartExport.sizeRange.contains(parts[1]) else {
                return bad(trf("The size “%1$s” must be WIDTHxHEIGHT, 100–10000, e.g. 1920x1080.", in: language, "\(size)"))
            }
            (width, height) = (parts[0], parts[1])
        }
        var theme = ChartTheme.light
        if let name = list.options["--theme"] {
            guard let chosen = ChartTheme(rawValue: name) else {
                return bad(trf("Unknown theme “%1$s”; choose light, dark or contrast.", in: language, "\(name)"))
            }
            theme = chosen
        }
        var chartLanguage = language
        if let code = list.options["--lang"] {
            guard let chosen = Language(rawValue: code) else {
                return bad(trf("Unknown language “%1$s”; choose nb, nn or en.", in: language, code))
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
            return reportFailure(error, language: language) { reason in trf("Could not read “%1$s” (%2$s).", in: language, projectURL.path, reason) }
        }
        do {
            model = try ModelContent.load(chartLanguage)
        } catch {
            Console.error(trf("Could not find the model content (%1$s). Set SAMSKAP_DATA_DIR to the folder holding data/.", in: language, "\(error)"))
            return 1
        }
        do {
            try ChartExport.write(kind, data: ChartData(document: document, model: model), to: outURL, format: format,
                                  width: width, height: height, theme: theme, language: chartLanguage, protecting: [projectURL])
        } catch let error as UserFacingError {
            Console.error(error.message(language))
            return 1
        } catch {
            Console.error(trf("Could not write “%1$s”. Check that the folder exists and that you can write in it.", in: language, "\(outURL.path)"))
            return 1
        }
        print(trf("Wrote “%1$s” to “%2$s”.", in: language, kind.title.text(language), "\(outURL.lastPathComponent)"))
        return 0
    }
}
