import CCairo
import SamskapCore

/// The title page and the table of contents.
extension ReportBuilder {
    /// Title page: project, municipality, period, partners and the report's date.
    func buildTitlePage(creator: String) {
        let project = document.project
        append(.figure(FigureBlock(height: 0, spaceBefore: 0, spaceAfter: 0) { canvas, _, _, _ in
            // A band across the top of the page and a thin line above the imprint; drawn in page coordinates.
            ReportStyle.accent.set(on: canvas.cr)
            cairo_rectangle(canvas.cr, 0, 0, ReportStyle.pageWidth, 14)
            cairo_fill(canvas.cr)
            ReportStyle.rule.set(on: canvas.cr)
            cairo_rectangle(canvas.cr, ReportStyle.marginLeft, ReportStyle.bodyBottom - 30, ReportStyle.bodyWidth, 0.5)
            cairo_fill(canvas.cr)
        }))
        spacer(150)
        paragraph(tr("REPORT ON A CO-CREATION PROJECT", in: language), font: .smallBold, color: ReportStyle.accent, spaceAfter: 10)
        let titleBox = factory.box(project.name, font: .title, width: width, color: ReportStyle.ink, lineSpacing: 1.05)
        append(.text(TextBlock(box: titleBox, spaceAfter: 10)))
        if let municipality = project.municipality {
            paragraph(municipalityName(municipality), font: .subtitle, color: ReportStyle.muted, spaceAfter: 40)
        } else {
            spacer(34)
        }
        var pairs: [(String, String)] = []
        if let period = format.period(project.period) { pairs.append((tr("Period", in: language), period)) }
        if let municipality = project.municipality {
            pairs.append((tr("Municipality", in: language), "\(municipality.name) (\(municipality.number))"))
        }
        let names = document.partners.map(\.name)
        if !names.isEmpty {
            // The title page stays one page: a long partner list is cut and counted.
            let shown = names.count > 14 ? Array(names.prefix(12)) + [trf("and %1$s more", in: language, "\(names.count - 12)")] : names
            pairs.append((tr("Partners", in: language), shown.joined(separator: ", ")))
        }
        if let phase = project.circlePhase { pairs.append((tr("Phase in the circle", in: language), t(phase.term))) }
        pairs.append((tr("Report date", in: language), format.longDate(date)))
        keyValues(pairs, keyShare: 0.24)
        let imprint = factory.box(trf("Made with %1$s – a tool for co-creative social innovation", in: language, "\(creator)"),
                                  font: .small, width: width, color: ReportStyle.muted)
        append(.figure(FigureBlock(height: 0, spaceBefore: 0, spaceAfter: 0) { canvas, x, _, _ in
            imprint.draw(on: canvas.cr, x: x, y: ReportStyle.bodyBottom - 22)
        }))
        pageBreak()
    }

    /// "Drammen kommune" / "Drammen municipality".
    func municipalityName(_ municipality: Municipality) -> String {
        trf("%1$s municipality", in: language, "\(municipality.name)")
    }

    /// The table of contents for the numbered headings among `sectionBlocks`; each line links to its heading.
    func buildContents(for sectionBlocks: [ReportBlock]) {
        heading(1, tr("Contents", in: language), numbered: false)
        let factory = self.factory
        for case let .heading(h) in sectionBlocks where h.isListed && !h.number.isEmpty {
            let major = h.level == 1
            let font: TextFont = major ? .bodyBold : .body
            let indent = major ? 0.0 : 24.0, numberWidth = major ? 24.0 : 30.0, pageWidth = 30.0
            let titleWidth = width - indent - numberWidth - pageWidth - 18
            let title = factory.box(h.title, font: font, width: titleWidth)
            let number = factory.box(h.number, font: font, width: numberWidth, color: major ? ReportStyle.accent : ReportStyle.muted)
            let destination = h.destination
            let height = title.height + 2
            append(.figure(FigureBlock(height: height, spaceBefore: major ? 9 : 2, spaceAfter: 0, structure: .paragraph) { canvas, x, y, width in
                let cr = canvas.cr
                // Whole points: cairo reads the numbers with the C library's strtod, which under a Norwegian locale
                // stops at "56.5", leaves the rectangle empty and aborts in cairo's arrays.
                let left = Int(x.rounded(.down)), top = Int((y - 1).rounded(.down))
                let right = Int((x + width).rounded(.up)), bottom = Int((y + height).rounded(.up))
                cairo_tag_begin(cr, CAIRO_TAG_LINK, "dest='\(destination)' rect=[\(left) \(top) \(right - left) \(bottom - top)]")
                number.draw(on: cr, x: x + indent, y: y)
                title.draw(on: cr, x: x + indent + numberWidth, y: y)
                if let page = canvas.destinations.page(of: destination), let last = title.lines.last {
                    let pageBox = factory.box("\(page + 1)", font: font, width: pageWidth, align: .right)
                    pageBox.draw(on: cr, x: x + width - pageWidth, y: y + last.top)
                    // Dot leaders from the end of the title to the page number.
                    let from = x + indent + numberWidth + title.lastLineEnd + 6, to = x + width - pageWidth - 4
                    if to > from {
                        ReportStyle.muted.set(on: cr)
                        var dotX = (from / 4).rounded(.up) * 4
                        while dotX < to {
                            cairo_rectangle(cr, dotX, y + last.baseline - 0.8, 0.8, 0.8)
                            dotX += 4
                        }
                        cairo_fill(cr)
                    }
                }
                cairo_tag_end(cr, CAIRO_TAG_LINK)
            }))
        }
        pageBreak()
    }
}
