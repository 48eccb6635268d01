import FoundationEssentials
import Glibc

/// Splits an area into a grid of equal panels, choosing the column count that gives panels nearest a wanted shape.
struct SmallMultiples {
    let columns: Int
    let rows: Int
    let cells: [ChartRect]

    init(count: Int, in area: ChartRect, gap: Double, aspect: Double, maxColumns: Int = 8) {
        var best = (columns: 1, score: Double.infinity)
        for cols in 1...max(1, min(maxColumns, count)) {
            let rows = (count + cols - 1) / cols
            let w = (area.width - gap * Double(cols - 1)) / Double(cols)
            let h = (area.height - gap * Double(rows - 1)) / Double(rows)
            guard w > 0, h > 0 else { continue }
            let score = abs(log(w / h / aspect))
            if score < best.score { best = (cols, score) }
        }
        columns = best.columns
        rows = max(1, (count + columns - 1) / columns)
        let w = max(0, (area.width - gap * Double(columns - 1)) / Double(columns))
        let h = max(0, (area.height - gap * Double(rows - 1)) / Double(rows))
        let cols = columns
        cells = (0..<count).map { i in
            ChartRect(x: area.x + Double(i % cols) * (w + gap), y: area.y + Double(i / cols) * (h + gap), width: w, height: h)
        }
    }
}
