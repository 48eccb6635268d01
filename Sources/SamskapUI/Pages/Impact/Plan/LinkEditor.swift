import CGtk
import FoundationEssentials
import SamskapCore
import SamskapGtk

/// The theory of change as links: from an activity or a result to the result it leads to, each with why we believe it
/// (an assumption, experience or research) and a short note or reference.
@MainActor
final class LinkEditor {
    let root: Widget
    private weak var window: MainWindow?
    private let list: Widget
    private let add: Widget
    private var shownShape: [String] = []

    init(window: MainWindow) {
        self.window = window
        root = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 8)
        list = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 8)
        add = Widgets.button(tr("Add a _link"), accessibleName: tr("Add a link")) { [weak window] in
            guard let window else { return }
            let document = window.state.document
            guard let to = document.indicators.first else { return }
            var project = document.project
            let from = project.activities.first?.id ?? to.id
            project.resultLinks.append(ResultLink(from: from, to: to.id, since: .today()))
            window.perform([.setProject(project)])
        }
        gtk_widget_set_halign(add, GTK_ALIGN_START)
        let intro = Widgets.label(tr("Which activity leads to which result, and that result to the next. Say for each link why you believe it."),
                                  classes: ["dim-label"], wrap: true)
        Widgets.append(root, Widgets.label(tr("Theory of change: the links"), classes: ["heading"]), intro, list, add)
    }

    func render(_ document: ProjectDocument) {
        gtk_widget_set_sensitive(add, document.indicators.isEmpty ? 0 : 1)
        let shape = document.project.resultLinks.map { "\($0.id)" } + document.project.activities.map { "\($0.id)\($0.name)" }
            + document.indicators.map { "\($0.id)\($0.name)" }
        guard shape != shownShape else { return }
        shownShape = shape
        Widgets.removeChildren(list)
        let starts = document.project.activities.map { ($0.id, $0.name) } + document.indicators.map { ($0.id, "\($0.name) (\(term($0.level)))") }
        let ends = document.indicators.map { ($0.id, "\($0.name) (\(term($0.level)))") }
        for link in document.project.resultLinks { Widgets.append(list, row(link, starts: starts, ends: ends)) }
    }

    private func row(_ link: ResultLink, starts: [(UUID, String)], ends: [(UUID, String)]) -> Widget {
        let box = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 4, classes: ["form-group"])
        let line = Widgets.box(GTK_ORIENTATION_HORIZONTAL, spacing: 8)
        let from = Form.dropDown(name: tr("Link from"), items: starts.map(\.1))
        Form.select(from, starts.firstIndex { $0.0 == link.from } ?? 0)
        let to = Form.dropDown(name: tr("Leads to"), items: ends.map(\.1))
        Form.select(to, ends.firstIndex { $0.0 == link.to } ?? 0)
        let evidence = Form.dropDown(name: tr("Why we believe it"), items: Evidence.allCases.map(term))
        Form.select(evidence, Evidence.allCases.firstIndex(of: link.evidence) ?? 0)
        let remove = Widgets.iconButton("list-remove-symbolic", name: tr("Remove the link")) { [weak self] in
            self?.update(link.id, key: nil, remove: true) { _ in }
        }
        Widgets.append(line, from, Widgets.label("→"), to, evidence, remove)
        let note = Widgets.entry(name: tr("Note or reference"), text: link.note, placeholder: tr("note or reference"))
        Widgets.append(box, line, note)
        Form.onSelect(from) { [weak self] in
            let i = Form.selected(from)
            guard starts.indices.contains(i) else { return }
            self?.update(link.id, key: nil) { $0.from = starts[i].0 }
        }
        Form.onSelect(to) { [weak self] in
            let i = Form.selected(to)
            guard ends.indices.contains(i) else { return }
            self?.update(link.id, key: nil) { $0.to = ends[i].0 }
        }
        Form.onSelect(evidence) { [weak self] in
            let i = Form.selected(evidence)
            guard Evidence.allCases.indices.contains(i) else { return }
            // New grounds start the clock again: the check on old assumptions counts from here.
            self?.update(link.id, key: nil) { $0.evidence = Evidence.allCases[i]; $0.since = .today() }
        }
        Signals.connect(note, "changed") { [weak self] in
            let text = CStrings.text(ofEditable: note)
            self?.update(link.id, key: "note") { $0.note = text }
        }
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
