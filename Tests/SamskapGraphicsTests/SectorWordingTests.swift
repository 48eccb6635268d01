import SamskapCore
import SamskapGraphics
import XCTest

/// One term per thing: the partner map names each sector as the partner form's choice does.
final class SectorWordingTests: XCTestCase {
    func testThePartnerMapUsesTheFormsSectorNames() {
        for language in [Language.nb, .en] {
            let data = ChartFixtures.richData(language)
            let texts = ChartExport.raster(.partners, data: data, width: 1029, height: 460, theme: .light, language: language)
                .layout.labels.map(\.fullText)
            for sector in Set(data.document.partners.map(\.sector)) {
                let name = sector.term.text(language)
                XCTAssertTrue(texts.contains { $0.hasPrefix(name + " (") }, "\(language) \(sector): “\(name)” not among \(texts)")
            }
        }
    }
}
