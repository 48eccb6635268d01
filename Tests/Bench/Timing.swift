import Foundation

/// Wall-clock timing of repeated runs, reported as median and 99th percentile.
struct Timing {
    /// Seconds per run, in the order measured.
    var samples: [Double] = []

    /// Runs `body` `count` times after `warmup` unmeasured runs.
    static func measure(count: Int, warmup: Int = 3, _ body: (Int) throws -> Void) rethrows -> Timing {
        for i in 0..<warmup { try body(-1 - i) }
        var timing = Timing()
        timing.samples.reserveCapacity(count)
        for i in 0..<count {
            let start = DispatchTime.now().uptimeNanoseconds
            try body(i)
            timing.samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return timing
    }

    /// The value below which the given share of samples lie (nearest rank).
    func percentile(_ p: Double) -> Double {
        let sorted = samples.sorted()
        guard !sorted.isEmpty else { return .nan }
        let rank = Int((p * Double(sorted.count)).rounded(.up)) - 1
        return sorted[min(max(rank, 0), sorted.count - 1)]
    }

    var median: Double { percentile(0.5) }
    var p99: Double { percentile(0.99) }
}

/// Formats seconds as milliseconds with three decimals.
func ms(_ seconds: Double) -> String { String(format: "%.3f ms", seconds * 1000) }

/// A fresh temporary folder for one benchmark.
func benchFolder(_ name: String) -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("samskap-bench-\(name)-\(getpid())")
    try? FileManager.default.removeItem(at: url)
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
