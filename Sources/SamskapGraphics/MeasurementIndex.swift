import FoundationEssentials
import SamskapCore

/// A project's measurements by indicator, oldest first, as positions in the project's own list.
///
/// Positions rather than copies: the list itself is shared with the document (copy on write), so a large project's
/// 100,000 measurements (12 MB) are not held twice, and sorting moves four-byte positions, not 120-byte rows.
struct MeasurementIndex: Sendable {
    private let all: [SamskapCore.Measurement]
    private let positions: [UUID: [Int32]]

    init(_ measurements: [SamskapCore.Measurement]) {
        all = measurements
        var byIndicator: [UUID: [Int32]] = [:]
        for (i, m) in measurements.enumerated() { byIndicator[m.indicatorID, default: []].append(Int32(i)) }
        // In place, through the values' own indices: iterating `keys` while sorting would copy the dictionary.
        var index = byIndicator.values.startIndex
        while index != byIndicator.values.endIndex {
            // Equal dates keep the list's order, as the charts have always drawn them.
            byIndicator.values[index].sort { a, b in
                let (x, y) = (measurements[Int(a)].date, measurements[Int(b)].date)
                return x < y || (x == y && a < b)
            }
            byIndicator.values.formIndex(after: &index)
        }
        positions = byIndicator
    }

    /// The indicator's measurements, oldest first; nil when it has none.
    subscript(indicatorID: UUID) -> [SamskapCore.Measurement]? {
        positions[indicatorID].map { $0.map { all[Int($0)] } }
    }
}
