import Foundation
import SamskapCore

/// The large project with a plan on top: 100 activities with inputs, 20 target groups and 2,000 links of the theory
/// of change, deterministic, for the plan checks' benchmark and its test.
public enum LargePlan {
    public static func make(model: ModelContent, activities: Int = 100, targetGroups: Int = 20, links: Int = 2_000,
                            seed: UInt64 = 7) -> ProjectDocument {
        var rng = SeededRandom(seed: seed)
        var doc = LargeProject.make(model: model)
        doc.project.targetGroups = (0..<targetGroups).map { TargetGroup(id: rng.uuid(), name: "Målgruppe \($0 + 1)", estimatedSize: 10 * $0) }
        doc.project.activities = (0..<activities).map { n in
            Activity(id: rng.uuid(), name: "Aktivitet \(n + 1)", targetGroupIDs: [doc.project.targetGroups[n % targetGroups].id],
                     partnerIDs: [doc.partners[n % doc.partners.count].id],
                     inputs: [ActivityInput(id: rng.uuid(), kind: .hours, amount: Double(n), partnerID: doc.partners[n % doc.partners.count].id),
                              ActivityInput(id: rng.uuid(), kind: .money, amount: 1_000)])
        }
        let byLevel = Dictionary(grouping: doc.indicators, by: \.level)
        let outputs = byLevel[.output] ?? [], outcomes = byLevel[.outcome] ?? [], impacts = byLevel[.impact] ?? []
        let evidence: [Evidence] = [.assumption, .experience, .research]
        doc.project.resultLinks = (0..<links).map { n in
            let (from, to): (UUID, UUID)
            switch n % 3 {
            case 0: (from, to) = (doc.project.activities[n % activities].id, outputs[n % outputs.count].id)
            case 1: (from, to) = (outputs[n % outputs.count].id, outcomes[n % outcomes.count].id)
            default: (from, to) = (outcomes[n % outcomes.count].id, impacts[n % impacts.count].id)
            }
            return ResultLink(id: rng.uuid(), from: from, to: to, evidence: evidence[n % 3], since: LargeProject.period.start)
        }
        return doc
    }
}
