import FoundationEssentials
import SamskapCore

/// The project report: laid out with Pango, drawn with cairo, written as an A4 PDF with an outline,
/// a linked table of contents, embedded fonts and document information.
///
/// `paginate` lays the report out once; the window draws its pages for print and preview with
/// `PaginatedReport.draw(page:on:)`, and `exportPDF` writes the same pages to a file.
public enum ReportExporter {
    /// Lays the report out into pages.
    ///
    /// - Parameters:
    ///   - document: The project.
    ///   - model: The model content in the report's language (names, reflection prompts).
    ///   - language: The report's language.
    ///   - sections: The sections to include; the title page and the contents are always there.
    ///   - date: The report's date, on the title page and in the footer.
    ///   - creator: The application and version, for the PDF's creator field and the imprint.
    public static func paginate(document: ProjectDocument, model: ModelContent, language: Language,
                                sections: [ReportSection] = ReportSection.allCases, date: Day = .today(),
                                creator: String = "Samskap") -> PaginatedReport {
        let factory = TextFactory(language: language)
        let builder = ReportBuilder(document: document, model: model, language: language, date: date, factory: factory)
        let chosen = ReportSection.allCases.filter(sections.contains)
        for section in chosen {
            switch section {
            case .summary: builder.buildSummary()
            case .project: builder.buildProject()
            case .partners: builder.buildPartners()
            case .process: builder.buildProcess()
            case .results: builder.buildResults()
            case .evaluation: builder.buildEvaluation()
            case .method: builder.buildMethod()
            }
        }
        // The contents list the sections' headings, so the sections are built first and placed after it.
        let body = builder.takeBlocks()
        builder.buildTitlePage(creator: creator)
        builder.buildContents(for: body)
        let blocks = builder.takeBlocks() + body

        // The contents' page numbers are drawn from the destination table after layout, and a contents
        // line is as tall whatever its number: so one layout pass gives the final pages.
        let destinations = DestinationTable()
        let paginator = Paginator(destinations: destinations)
        paginator.layout(blocks)

        let project = document.project
        let format = ReportFormat(language: language)
        let author = project.municipality.map { trf("%1$s municipality", in: language, "\($0.name)") }
            ?? document.partners.first?.name ?? "Samskap"
        let metadata = ReportMetadata(
            title: trf("%1$s – report", in: language, "\(project.name)"),
            author: author,
            subject: trf("Report on the co-creation project “%1$s”: process, partners and results", in: language, "\(project.name)"),
            keywords: tr("co-creation, social innovation, social value, indicators", in: language),
            creator: creator,
            creationDate: creationTimestamp(date))
        return PaginatedReport(pages: paginator.pages, destinations: destinations, factory: factory, language: language,
                               sections: chosen, metadata: metadata, projectName: project.name,
                               dateText: trf("Made %1$s", in: language, "\(format.longDate(date))"))
    }

    /// Lays out the report and writes it as a PDF to `url`; returns the page count and where each heading landed.
    ///
    /// - Throws: `ExportTargetError` when the target may not be written (a folder, a project, one of `sources`),
    ///   `ReportError.cannotWrite` when writing fails.
    @discardableResult
    public static func exportPDF(document: ProjectDocument, model: ModelContent, to url: URL, language: Language,
                                 sections: [ReportSection] = ReportSection.allCases, date: Day = .today(),
                                 creator: String = "Samskap", protecting sources: [URL] = []) throws -> ReportInfo {
        let report = paginate(document: document, model: model, language: language, sections: sections, date: date, creator: creator)
        return try write(report, toPDF: url, protecting: sources)
    }

    /// Writes an already paginated report as a PDF.
    @discardableResult
    public static func write(_ report: PaginatedReport, toPDF url: URL, protecting sources: [URL] = []) throws -> ReportInfo {
        try ReportPDFWriter.write(report, to: url, protecting: sources)
    }

    /// The report's day at the current time of day, as the PDF wants it.
    private static func creationTimestamp(_ day: Day) -> String {
        let now = LocalTime.now()
        func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return day.iso + "T" + [now.hour, now.minute, now.second].map(twoDigits).joined(separator: ":")
    }
}
