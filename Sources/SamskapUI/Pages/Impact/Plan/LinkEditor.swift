import FoundationEssentials
import SamskapCore
import SamskapGtk

/// The theory of change as links: from an activity or a result to the result it leads to, each with why we believe it
/// (an assumption, experience or research) and a short note or reference.
@MainActor
final class LinkEditor {
    let root: Box
    private weak var window: MainWindow?
    private let list: Box
    private let add: Button
    private var shownShape: [String] = []

    init(window: MainWindow) {
        self.window = window
        root = Box(.vertical, spacing: 8)
        list = Box(.vertical, spacing: 8)
        add = Button(tr("Add a _link"), accessibleName: tr("Add a link"))
        add.onClicked(window) { window in
            let document = window.state.document
            guard let to = document.indicators.first else { return }
            var project = document.project
            let from = project.activities.first?.id ?? to.id
            project.resultLinks.append(ResultLink(from: from, to: to.id, since: .today()))
            window.perform([.setProject(project)])
        }
        add.horizontalAlignment = .start
        let intro = Label(tr("Which activity leads to which result, and that result to the next. Say for each link why you believe it."),
                          classes: ["dim-label"], wrap: true)
        root.append(Label(tr("Theory of change: the links"), classes: ["heading"]), intro, list, add)
    }

    func render(_ document: ProjectDocument) {
        add.isSensitive = !document.indicators.isEmpty
        let shape = document.project.resultLinks.map { "\($0.id)" } + document.project.activities.map { "\($0.id)\($0.name)" }
            + document.indicators.map { "\($0.id)\($0.name)" }
        guard shape != shownShape else { return }
        shownShape = shape
        list.removeAll()
        let starts = document.project.activities.map { ($0.id, $0.name) } + document.indicators.map { ($0.id, "\($0.name) (\(term($0.level)))") }
        let ends = document.indicators.map { ($0.id, "\($0.name) (\(term($0.level)))") }
        for link in document.project.resultLinks { list.append(row(link, starts: starts, ends: ends)) }
    }

    private func row(_ link: ResultLink, starts: [(UUID, String)], ends: [(UUID, String)]) -> Box {
        let id = link.id
        let box = Box(.vertical, spacing: 4, classes: ["form-group"])
        let line = Box(.horizontal, spacing: 8)
        let from = DropDown(name: tr("Link from"), items: starts.map(\.1))
        from.select(starts.firstIndex { $0.0 == link.from } ?? 0)
        let to = DropDown(name: tr("Leads to"), items: ends.map(\.1))
        to.select(ends.firstIndex { $0.0 == link.to } ?? 0)
        let evidence = DropDown(name: tr("Why we believe it"), items: Evidence.allCases.map(term))
        evidence.select(Evidence.allCases.firstIndex(of: link.evidence) ?? 0)
        let remove = Button(icon: "list-remove-symbolic", name: tr("Remove the link"))
        remove.onClicked(self) { $0.update(id, key: nil, remove: true) { _ in } }
        line.append(from, Label("→"), to, evidence, remove)
        let note = Entry(name: tr("Note or reference"), text: link.note, placeholder: tr("note or reference"))
        box.append(line, note)
        from.onSelect(self) { editor, i in
            guard starts.indices.contains(i) else { return }
            editor.update(id, key: nil) { $0.from = starts[i].0 }
        }
        to.onSelect(self) { editor, i in
            guard ends.indices.contains(i) else { return }
            editor.update(id, key: nil) { $0.to = ends[i].0 }
        }
        evidence.onSelect(self) { editor, i in
            guard Evidence.allCases.indices.contains(i) else { return }
            // New grounds start the clock again: the check on old assumptions counts from here.
            editor.update(id, key: nil) { $0.evidence = Evidence.allCases[i]; $0.since = .today() }
        }
        note.onChanged(self) { editor, text in editor.update(id, key: "note") { $0.note = text } }
        return box
    }

    private func update(_ id: UUID, key: String?, remove: Bool = false, _ change: (inout ResultLink) -> Void) {
        guard let window else { return }
        var project = window.state.document.project
        guard let index = project.resultLinks.firstIndex(where: { $0.id == id }) else { return }
        if remove { project.resultLinks.remove(at: index) } else { change(&project.resultLinks[index]) }
        guard project != window.state.document.project else { return }
        window.perform([.setProject(project)], coalescing: key.map { "link.\(id).\($0)" })
    }
}
