import CGtk
import FoundationEssentials
import SamskapCore
import SamskapGtk

/// The plan checks on the Impact page: advice, each a row with what was found and, under it, what to do next; never
/// a block.
@MainActor
final class PlanAdviceView {
    let root: Widget
    private let list: Widget
    private var shown: [String] = []

    init() {
        root = FormRows.group(tr("Advice on the plan"))
        list = FormRows.list()
        FormRows.add(list, to: root)
    }

    func render(_ document: ProjectDocument) {
        let language = Translations.language
        let advice = document.planChecks(today: .today()).map { ($0.finding.text(language), $0.nextStep.text(language)) }
        let texts = advice.map { "\($0.0)\u{1F}\($0.1)" }
        guard texts != shown else { return }
        shown = texts
        Widgets.removeChildren(list)
        if advice.isEmpty { FormRows.append(FormRows.control(tr("No advice: the plan holds together.")), to: list) }
        for (finding, nextStep) in advice {
            let row = FormRows.control(finding)
            FormRows.setSubtitle(row, nextStep)
            FormRows.append(row, to: list)
        }
        Accessibility.setLabel(list, trf("Advice on the plan: %1$s", "\(advice.count)"))
    }
}
