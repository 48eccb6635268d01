import SamskapGraphics
import XCTest

/// Checks the promise every chart makes: each label inside the canvas, no two labels on top of each other.
func assertCleanLayout(_ layout: ChartLayout, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
    for label in layout.labels where !layout.canvas.contains(label.rect) {
        XCTFail("\(what): “\(label.fullText)” at \(label.rect) leaves the canvas \(layout.canvas)", file: file, line: line)
    }
    let labels = layout.labels
    for i in labels.indices {
        for j in labels.indices where j > i && labels[i].rect.overlaps(labels[j].rect) {
            XCTFail("\(what): “\(labels[i].fullText)” \(labels[i].rect) overlaps “\(labels[j].fullText)” \(labels[j].rect)", file: file, line: line)
        }
    }
    for label in labels where label.fontSize < 9 - 1e-6 {
        XCTFail("\(what): “\(label.fullText)” shrank to \(label.fontSize) px", file: file, line: line)
    }
}
