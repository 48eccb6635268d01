import Foundation
import SamskapCore
import TestSupport

/// Median time to recompute the theory of change and every plan check for the large project with 100 activities,
/// 20 target groups and 2,000 links. The target is 20 ms in a release build. Reported, never asserted.
func runPlanBench() {
    let document = LargePlan.make(model: ModelFixture.realOrFixture(.nb))
    let today = Day(year: 2023, month: 6, day: 1)!
    var adviceCount = 0
    let timing = Timing.measure(count: 25, warmup: 3) { _ in
        adviceCount = document.planChecks(today: today).count
    }
    let flag = timing.median <= 0.020 ? "" : "  (over the 20 ms target)"
    print("plan checks + chain  \(document.project.activities.count) activities, \(document.project.resultLinks.count) links, "
          + "\(document.indicators.count) indicators  median \(ms(timing.median))  p99 \(ms(timing.p99))  (\(adviceCount) pieces of advice)\(flag)")
}
