import Foundation

// `make bench`: every benchmark of the project, figures printed for the issue notes.
// Timings are reported, never asserted: a slow machine must not fail a build.
runCatalogueBench()
do {
    try StoreBench.run()
    runChartBench()
    runReportBench()
    runCSVBench()
} catch {
    FileHandle.standardError.write(Data("benchmark failed: \(error)\n".utf8))
    exit(1)
}
