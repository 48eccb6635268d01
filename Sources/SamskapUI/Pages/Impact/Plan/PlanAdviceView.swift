import CGtk
import FoundationEssentials
import SamskapCore
import SamskapGtk

/// The plan checks on the Impact page: advice, each with what to do next; never a block.
@MainActor
final class PlanAdviceView {
    let root: Widget
    private let list: Widget
    private var shown: [String] = []

    init() {
        root = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 6)
        gtk_widget_set_margin_top(root, 12)
        list = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 6, classes: ["form-group"])
        Widgets.append(root, Widgets.label(tr("Advice on the plan"), classes: ["heading"]), list)
    }

    func render(_ document: ProjectDocument) {
        let language = Translations.language
        let texts = document.planChecks(today: .today()).map { "\($0.finding.text(language)) \($0.nextStep.text(language))" }
        guard texts != shown else { return }
        shown = texts
        Widgets.removeChildren(list)
        let lines = texts.isEmpty ? [tr("No advice: the plan holds together.")] : texts
        for text in lines { Widgets.append(list, Widgets.label(text, wrap: true)) }
        Accessibility.setLabel(list, trf("Advice on the plan: %1$s", "\(texts.count)"))
    }
}
