import FoundationEssentials
import SamskapCore
import SamskapGtk

/// The plan checks on the Impact page: advice, each a row with what was found and, under it, what to do next; never
/// a block.
@MainActor
final class PlanAdviceView {
    let root: RowGroup
    private let list: RowList
    private var shown: [String] = []

    init() {
        root = RowGroup(tr("Advice on the plan"))
        list = RowList()
        root.add(list)
    }

    func render(_ document: ProjectDocument) {
        let language = Translations.language
        let advice = document.planChecks(today: .today()).map { ($0.finding.text(language), $0.nextStep.text(language)) }
        let texts = advice.map { "\($0.0)\u{1F}\($0.1)" }
        guard texts != shown else { return }
        shown = texts
        list.removeAll()
        if advice.isEmpty { list.append(ActionRow(tr("No advice: the plan holds together."))) }
        for (finding, nextStep) in advice {
            let row = ActionRow(finding)
            row.setSubtitle(nextStep)
            list.append(row)
        }
        list.setAccessibleName(trf("Advice on the plan: %1$s", "\(advice.count)"))
    }
}
