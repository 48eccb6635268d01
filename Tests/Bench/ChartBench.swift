import Foundation
import SamskapCore
import SamskapGraphics
import TestSupport

/// Median time to draw each chart at 3840×2160 on an image surface for the large generated project.
/// The target is 8 ms per chart in a release build. Reported, never asserted.
func runChartBench() {
    let model = ModelFixture.realOrFixture(.nb)
    let started = DispatchTime.now().uptimeNanoseconds
    let document = LargeProject.make(model: model)
    let prepared = DispatchTime.now().uptimeNanoseconds
    // The window computes this once per change of the project; redraws reuse it.
    let data = ChartData(document: document, model: model)
    let computed = DispatchTime.now().uptimeNanoseconds
    print("charts: large project built in \(ms(Double(prepared - started) / 1e9)), ChartData computed in \(ms(Double(computed - prepared) / 1e9))")
    let surface = ChartImageSurface(width: 3840, height: 2160)
    // The floor: a chart over a blank project, mostly the cost of painting 8.3 million pixels.
    let blank = ChartData(document: ProjectDocument.new(named: "Tom"), model: model)
    let floor = Timing.measure(count: 25) { _ in
        surface.draw(.partners, data: blank, theme: .light, language: .nb)
        surface.flush()
    }
    print("chart (empty state)    3840×2160  median \(ms(floor.median))  — the floor: filling the canvas")
    var worst = 0.0
    // `SAMSKAP_CHART_BENCH=trend,model` times only those charts (for callgrind).
    let only = ProcessInfo.processInfo.environment["SAMSKAP_CHART_BENCH"].map { Set($0.split(separator: ",").map(String.init)) }
    for kind in ChartKind.allCases where only?.contains(kind.rawValue) ?? true {
        // CPU time of this thread beside wall time: on a shared, loaded machine wall time mostly measures the neighbours.
        var cpu: [Double] = []
        let timing = Timing.measure(count: 25, warmup: 3) { i in
            let before = threadCPUSeconds()
            surface.draw(kind, data: data, theme: .light, language: .nb)
            surface.flush()
            if i >= 0 { cpu.append(threadCPUSeconds() - before) }
        }
        let cpuMedian = cpu.sorted()[cpu.count / 2]
        worst = max(worst, timing.median)
        let flag = timing.median <= 0.008 ? "" : "  (over the 8 ms target)"
        print("chart \(kind.rawValue.padding(toLength: 14, withPad: " ", startingAt: 0)) 3840×2160  median \(ms(timing.median))  p99 \(ms(timing.p99))  cpu median \(ms(cpuMedian))\(flag)")
    }
    print("charts: slowest median \(ms(worst)) (target ≤ 8 ms)")
}

/// Seconds of CPU this thread has used.
private func threadCPUSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}
