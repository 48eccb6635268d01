import Glibc

/// A value axis over `lo…hi` with round ticks (1, 2 or 5 times a power of ten) that include both ends, so every
/// plotted value lies within the axis and each tick can be printed as a short number.
struct AxisScale {
    /// The axis's lowest and highest values: the ticks at its ends.
    let lower: Double
    let upper: Double
    /// From `lower` to `upper`, evenly spaced.
    let ticks: [Double]

    init(lo: Double, hi: Double, wanted: Int = 3) {
        // A flat series gets room above and below it; a series at zero starts at zero.
        var low = min(lo, hi), high = max(lo, hi)
        if high - low < 1e-9 {
            let pad = max(1, abs(high) * 0.1)
            low = low >= 0 && low - pad < 0 ? 0 : low - pad
            high += pad
        }
        let raw = (high - low) / Double(max(1, wanted - 1))
        let power = pow(10, floor(log10(raw)))
        let step = [1.0, 2, 5, 10].map { $0 * power }.first { $0 >= raw - 1e-12 } ?? 10 * power
        let first = floor(low / step + 1e-9) * step
        let count = max(2, min(12, Int(((ceil(high / step - 1e-9) * step - first) / step).rounded()) + 1))
        ticks = (0..<count).map { first + Double($0) * step }
        lower = first
        upper = ticks[ticks.count - 1]
    }
}
