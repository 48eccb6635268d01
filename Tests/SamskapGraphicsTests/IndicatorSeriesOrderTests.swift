import Foundation
import SamskapCore
import SamskapGraphics
import TestSupport
import XCTest

/// An indicator's line runs in date order, its baseline included: a baseline dated after the first measurements
/// once drew a long stroke back across the plot.
final class IndicatorSeriesOrderTests: XCTestCase {
    func testTheLineRunsLeftToRightWhenTheBaselineComesAfterTheFirstMeasurements() throws {
        let d = Fixtures.day
        var doc = Fixtures.minimalDocument()
        let id = Fixtures.id(90)
        doc.indicators = [Indicator(id: id, name: "Husstander i fast bolig", level: .outcome, unit: "husstander",
                                    baseline: ReferencePoint(value: 2, date: d("2025-03-01")),
                                    target: ReferencePoint(value: 20, date: d("2025-12-31")))]
        doc.measurements = [("2025-01-01", 1.0), ("2025-02-01", 3.0), ("2025-05-01", 6.0), ("2025-08-01", 9.0)].map {
            Measurement(indicatorID: id, date: d($0.0), value: $0.1)
        }
        let data = ChartData(document: doc, model: ChartFixtures.model())
        let svg = try ChartExport.svgData(.indicators, data: data, width: 1280, height: 800, theme: .light, language: .nb)
        let text = try XCTUnwrap(String(data: svg.bytes, encoding: .utf8))

        // The series is the one path in the experience colour with a point for the baseline and each measurement.
        let colour = ChartPalette.light.experience
        let series = paths(in: text).filter { path in
            guard let stroke = strokeColour(path.style), path.points.count == 5 else { return false }
            return zip(stroke, [colour.r, colour.g, colour.b]).allSatisfy { abs($0 - $1 * 100) < 0.01 }
        }
        XCTAssertEqual(series.count, 1, "one line for the indicator")
        let xs = try XCTUnwrap(series.first).points.map(\.x)
        XCTAssertEqual(xs, xs.sorted(), "the line goes left to right: \(xs)")
    }

    /// Every `<path>`'s style and its points (M and L only).
    private func paths(in svg: String) -> [(style: String, points: [(x: Double, y: Double)])] {
        svg.components(separatedBy: "<path ").dropFirst().compactMap { element in
            guard let style = attribute("style", in: element), let d = attribute("d", in: element) else { return nil }
            let numbers = d.split(separator: " ").filter { $0 != "M" && $0 != "L" }.compactMap { Double($0) }
            guard !d.contains("C"), numbers.count % 2 == 0 else { return nil }
            return (style, stride(from: 0, to: numbers.count, by: 2).map { (numbers[$0], numbers[$0 + 1]) })
        }
    }

    /// The percentages of `stroke:rgb(r%,g%,b%)`, as cairo writes them.
    private func strokeColour(_ style: String) -> [Double]? {
        guard let start = style.range(of: "stroke:rgb("), let end = style[start.upperBound...].firstIndex(of: ")") else { return nil }
        let parts = style[start.upperBound..<end].split(separator: ",").compactMap { Double($0.dropLast()) }
        return parts.count == 3 ? parts : nil
    }

    private func attribute(_ name: String, in element: String) -> String? {
        guard let start = element.range(of: "\(name)=\"") else { return nil }
        let rest = element[start.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }
}
