import SamskapCore
import SamskapGtk

/// The summary on the overview: partners by sector, citizen roles covered, the goals. Figures come from Core.
@MainActor
final class OverviewSummary {
    let root: GtkView
    private let content: Box

    init() {
        let group = Form.groupView(tr("Summary"))
        root = group.root
        content = group.content
    }

    /// Shows the document's summary.
    func render(_ document: ProjectDocument) {
        content.removeAll()
        let sectors = document.partnersBySector
        let partnersLine = sectors.isEmpty ? tr("No partners yet.")
            : sectors.map { trf("%1$s: %2$s", term($0.0), String($0.1)) }.joined(separator: " · ")
        append(tr("Partners by sector"), partnersLine)
        let covered = document.coveredCitizenRoles
        let roles = CitizenRole.allCases.map { covered.contains($0) ? "✓ " + term($0) : "– " + term($0) }.joined(separator: "   ")
        append(tr("Citizen roles covered"), roles)
        if covered.count == CitizenRole.allCases.count {
            content.append(Label(tr("Citizens take part in all three roles."), classes: ["success"], wrap: true))
        }
        let goals = document.goals.isEmpty ? tr("No overall goals yet.")
            : document.goals.enumerated().map { "\($0.offset + 1). \($0.element.text)" }.joined(separator: "\n")
        append(tr("Overall goals"), goals)
    }

    private func append(_ caption: String, _ text: String) {
        let box = Box(.vertical, spacing: 2)
        box.append(Label(caption, classes: ["field-caption"]), Label(text, wrap: true))
        content.append(box)
    }
}
