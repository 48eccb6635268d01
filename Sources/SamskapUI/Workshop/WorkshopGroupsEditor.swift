import FoundationEssentials
import SamskapCore
import SamskapGtk

/// The two groups the coordinator names for the comparison screen, beside the sectors: a name and the sectors whose
/// partners belong to it, e.g. "innbyggere og frivillige" against "kommunen og NAV". A group without a name is not used.
///
/// Both groups are saved together, so a group keeps its sectors while its name is cleared and typed anew.
@MainActor
final class WorkshopGroupsEditor {
    static let count = 2
    let root: GtkView
    private weak var main: MainWindow?
    private var names: [Entry] = []
    private var checks: [[Sector: CheckButton]] = []
    /// The names last shown from the saved agenda: a name field is rewritten only when its saved name changed.
    private var shownNames: [String?] = Array(repeating: nil, count: count)
    private var filling = false

    init(main: MainWindow) {
        self.main = main
        let (group, content) = Form.groupView(tr("Groups to compare"))
        root = group
        content.append(Label(tr("The comparison screen shows each sector and these two groups. A group without a name is not used."),
                             classes: ["dim-label"], wrap: true))
        for slot in 0..<Self.count { content.append(groupFields(slot)) }
    }

    private func groupFields(_ slot: Int) -> Box {
        let number = String(slot + 1)
        let box = Box(.vertical, spacing: 6)
        let name = Entry(name: trf("Name of group %1$s", number), placeholder: tr("e.g. citizens and volunteers"))
        names.append(name)
        box.append(Form.field(trf("Group %1$s", number), name).root)
        let grid = Grid(columnSpacing: 12, rowSpacing: 4)
        grid.setAccessibleName(trf("Sectors in group %1$s", number))
        var row: [Sector: CheckButton] = [:]
        for (i, sector) in Sector.allCases.enumerated() {
            // The same sector's name in both groups: the group's number tells a screen reader which one.
            let check = CheckButton(term(sector), accessibleName: trf("Group %1$s: %2$s", number, term(sector)))
            grid.attach(check, column: Int32(i % 2), row: Int32(i / 2))
            // The handlers look their widgets up: one that captured its own would keep it alive.
            check.onToggled(self) { editor in
                guard !editor.filling, let on = editor.checks[slot][sector]?.isActive else { return }
                editor.edit(slot, key: nil) { group in
                    group.sectors.removeAll { $0 == sector }
                    // Kept in the sectors' own order, so the same choice is always saved the same way.
                    if on { group.sectors = Sector.allCases.filter { group.sectors.contains($0) || $0 == sector } }
                }
            }
            row[sector] = check
        }
        checks.append(row)
        name.onChanged(self) { editor in
            guard !editor.filling else { return }
            let text = editor.names[slot].text
            editor.shownNames[slot] = text
            editor.edit(slot, key: "name") { $0.name = text }
        }
        box.append(Label(tr("Sectors"), classes: ["field-caption"]), grid)
        return box
    }

    /// The groups as saved, always two (a missing one empty).
    private static func slots(_ agenda: WorkshopAgenda) -> [WorkshopGroup] {
        (0..<count).map { agenda.groups.indices.contains($0) ? agenda.groups[$0] : WorkshopGroup(name: "", sectors: []) }
    }

    private func edit(_ slot: Int, key: String?, _ change: (inout WorkshopGroup) -> Void) {
        main?.editAgenda(coalescing: key.map { "workshop.group.\(slot).\($0)" }) { agenda in
            var groups = Self.slots(agenda)
            change(&groups[slot])
            // Nothing named and nothing chosen: no groups at all, as an agenda that never had any.
            agenda.groups = groups.allSatisfy { $0.name.isEmpty && $0.sectors.isEmpty } ? [] : groups
        }
    }

    /// Brings the fields up to date with the saved agenda.
    func render(_ agenda: WorkshopAgenda) {
        filling = true
        defer { filling = false }
        for (slot, group) in Self.slots(agenda).enumerated() {
            if shownNames[slot] != group.name {
                shownNames[slot] = group.name
                names[slot].text = group.name
            }
            for (sector, check) in checks[slot] {
                let on = group.sectors.contains(sector)
                if check.isActive != on { check.isActive = on }
            }
        }
    }
}
