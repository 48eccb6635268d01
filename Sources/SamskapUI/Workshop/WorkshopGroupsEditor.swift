import CGtk
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
    let root: Widget
    private weak var main: MainWindow?
    private var names: [Widget] = []
    private var checks: [[Sector: Widget]] = []
    /// The names last shown from the saved agenda: a name field is rewritten only when its saved name changed.
    private var shownNames: [String?] = Array(repeating: nil, count: count)
    private var filling = false

    init(main: MainWindow) {
        self.main = main
        let (group, content) = Form.group(tr("Groups to compare"))
        root = group
        Widgets.append(content, Widgets.label(tr("The comparison screen shows each sector and these two groups. A group without a name is not used."),
                                              classes: ["dim-label"], wrap: true))
        for slot in 0..<Self.count { Widgets.append(content, groupFields(slot)) }
    }

    private func groupFields(_ slot: Int) -> Widget {
        let number = String(slot + 1)
        let box = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 6)
        let name = Widgets.entry(name: trf("Name of group %1$s", number), placeholder: tr("e.g. citizens and volunteers"))
        names.append(name)
        Widgets.append(box, Form.field(trf("Group %1$s", number), name).root)
        let grid = gtk_grid_new()!
        gtk_grid_set_column_spacing(samskap_grid(grid), 12)
        gtk_grid_set_row_spacing(samskap_grid(grid), 4)
        Accessibility.setLabel(grid, trf("Sectors in group %1$s", number))
        var row: [Sector: Widget] = [:]
        for (i, sector) in Sector.allCases.enumerated() {
            let check = gtk_check_button_new_with_label(term(sector))!
            // The same sector's name in both groups: the group's number tells a screen reader which one.
            Accessibility.setOwnLabel(check, trf("Group %1$s: %2$s", number, term(sector)))
            gtk_grid_attach(samskap_grid(grid), check, Int32(i % 2), Int32(i / 2), 1, 1)
            Signals.connect(check, "toggled") { [weak self] in
                guard let self, !self.filling else { return }
                let on = gtk_check_button_get_active(samskap_check_button(check)) != 0
                self.edit(slot, key: nil) { group in
                    group.sectors.removeAll { $0 == sector }
                    // Kept in the sectors' own order, so the same choice is always saved the same way.
                    if on { group.sectors = Sector.allCases.filter { group.sectors.contains($0) || $0 == sector } }
                }
            }
            row[sector] = check
        }
        checks.append(row)
        Signals.connect(name, "changed") { [weak self] in
            guard let self, !self.filling else { return }
            let text = CStrings.text(ofEditable: name)
            self.shownNames[slot] = text
            self.edit(slot, key: "name") { $0.name = text }
        }
        Widgets.append(box, Widgets.label(tr("Sectors"), classes: ["field-caption"]), grid)
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
                Form.setText(ofEntry: names[slot], group.name)
            }
            for (sector, check) in checks[slot] {
                let on: gboolean = group.sectors.contains(sector) ? 1 : 0
                if gtk_check_button_get_active(samskap_check_button(check)) != on {
                    gtk_check_button_set_active(samskap_check_button(check), on)
                }
            }
        }
    }
}
