import FoundationEssentials
import SamskapCore

/// The plan in the report: the theory of change's links with their grounds, the assumptions still unsupported, each
/// indicator's changed targets, and the plan checks in the method note.
extension ReportBuilder {
    /// After the results chain: every link, then the assumptions that still wait for support.
    func buildTheoryOfChange() {
        let chain = TheoryOfChange(document)
        heading(3, t(PlanChartStrings.chainHeading))
        guard !chain.edges.isEmpty else { return note(t(PlanChartStrings.noLinks)) }
        paragraph(t(PlanChartStrings.chainIntro), keepWithNext: true)
        table([Column(share: 0.28), Column(share: 0.28), Column(share: 0.2), Column(share: 0.24)],
              header: [t(PlanChartStrings.from), t(PlanChartStrings.to), t(PlanChartStrings.grounds), t(PlanChartStrings.note)],
              rows: chain.edges.map { edge in
                  [.text(document.recordNames(edge.link.from)), .text(document.recordNames(edge.link.to)),
                   .text(t(edge.link.evidence.term)), edge.link.note.isEmpty ? .muted("–") : .text(edge.link.note)]
              })
        heading(3, t(PlanChartStrings.unsupportedHeading))
        guard !chain.unsupported.isEmpty else { return note(t(PlanChartStrings.noUnsupported)) }
        bullets(chain.unsupported.map { "\(document.recordNames($0.link.from)) → \(document.recordNames($0.link.to))" })
    }

    /// Under an indicator's card: its earlier targets, definitions and methods, each with the day it changed and why.
    func targetHistory(_ indicator: Indicator) {
        guard !indicator.targetHistory.isEmpty else { return }
        paragraph(t(PlanChartStrings.historyHeading), font: .small, color: ReportStyle.muted)
        table([Column(share: 0.16), Column(share: 0.42), Column(share: 0.42)],
              header: [t(PlanChartStrings.changedOn), t(PlanChartStrings.earlier), t(PlanChartStrings.reason)],
              rows: indicator.targetHistory.map { revision in
                  var before = [format.reference(revision.target, unit: indicator.unit) ?? "–"]
                  if revision.name != indicator.name { before.append("«\(revision.name)»") }
                  if revision.method != indicator.method, !revision.method.isEmpty { before.append(revision.method) }
                  return [.text(revision.changedOn.formatted(language)), .text(before.joined(separator: " · ")),
                          revision.reason.isEmpty ? .muted("–") : .text(revision.reason)]
              })
    }

    /// In the method note: the plan checks as they stand on the report's date.
    func planAdvice() {
        heading(2, t(PlanChartStrings.planChecksHeading))
        paragraph(t(PlanChartStrings.planChecksIntro), keepWithNext: true)
        let advice = document.planChecks(today: date)
        guard !advice.isEmpty else { return note(t(PlanChartStrings.noPlanAdvice)) }
        bullets(advice.map { "\(t($0.finding)) \(t($0.nextStep))" })
    }
}
