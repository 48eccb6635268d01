import Foundation
import SamskapCore
@testable import SamskapStore

/// Foundation has a `Measurement` too.
private typealias Measurement = SamskapCore.Measurement

/// A project whose measurements exercise the CSV format: numbers with decimals, notes with separators, quotes
/// and line breaks, Norwegian letters, and two indicators sharing a name.
enum CSVFixture {
    static func day(_ text: String) -> Day { Day(parsing: text)! }

    static let familier = Indicator(name: "Familier i egen bolig", level: .outcome, unit: "familier")
    static let trygghet = Indicator(name: "Opplevd trygghet", level: .impact, kind: .qualitative)
    static let blabaer = Indicator(name: "Blåbærturer på Høyåsen – «Æ, ø og å»", level: .output, unit: "turer")
    static let deltakerA = Indicator(name: "Deltakere", level: .output)
    static let deltakerB = Indicator(name: "Deltakere", level: .outcome)

    /// The project with indicators only.
    static func empty() -> ProjectDocument {
        ProjectDocument(project: Project(name: "Bolig først i Bø"),
                        indicators: [familier, trygghet, blabaer, deltakerA, deltakerB])
    }

    /// The project with measurements.
    static func withMeasurements() -> ProjectDocument {
        var document = empty()
        document.measurements = [
            Measurement(indicatorID: familier.id, date: day("2026-01-01"), value: 4, source: "Boligkontoret"),
            Measurement(indicatorID: familier.id, date: day("2026-04-01"), value: 7.25, comment: "Etter sommeren; to flyttet"),
            Measurement(indicatorID: familier.id, date: day("2026-06-30"), value: -0.5),
            Measurement(indicatorID: familier.id, date: day("2026-07-01"), value: 1_234_567.125),
            Measurement(indicatorID: trygghet.id, date: day("2026-02-01"),
                        note: "Flere sier \"jeg tør gå ut om kvelden\";\nandre er fortsatt redde.\r\nTredje linje", source: " intervju "),
            Measurement(indicatorID: blabaer.id, date: day("2026-08-15"), value: 3, note: "Sol, blåbær og sjøørret"),
            Measurement(indicatorID: deltakerA.id, date: day("2026-03-01"), value: 0.000015),
        ]
        return document
    }

    /// A CSV with the bokmål header and the given data rows, `;`-separated, CRLF.
    static func csv(_ rows: [String], header: String = "indikator;dato;verdi;notat;kilde;kommentar;indikator-id;måling-id") -> String {
        ([header] + rows).joined(separator: "\r\n") + "\r\n"
    }
}
