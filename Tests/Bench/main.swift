import Foundation

// `make bench`: every benchmark of the project, figures printed for the issue notes.
// Timings are reported, never asserted: a slow machine must not fail a build.
// `SAMSKAP_BENCH=workshop` runs only the workshop's.
runCatalogueBench()
do {
    if ProcessInfo.processInfo.environment["SAMSKAP_BENCH"] == "workshop" {
        runWorkshopBench()
        exit(0)
    }
    runPlanBench()
    try StoreBench.run()
    runChartBench()
    runReportBench()
    runCSVBench()
    runWorkshopBench()
} catch {
    FileHandle.standardError.write(Data("benchmark failed: \(error)\n".utf8))
    exit(1)
}
