import CGtk
import Foundation
import SamskapCore

/// A project's window: header bar, sidebar of pages, the pages; renders from its `ProjectState`.
@MainActor
final class MainWindow {
    let state: ProjectState
    unowned let application: SamskapApplication
    let window: Widget
    private let partnerList: Widget
    private let nameLabel: Widget

    init(application: SamskapApplication, state: ProjectState) {
        self.application = application
        self.state = state
        window = gtk_application_window_new(samskap_application(application.application.pointer))!
        gtk_window_set_default_size(samskap_window(window), 1100, 720)

        let header = gtk_header_bar_new()!
        gtk_window_set_titlebar(samskap_window(window), header)

        let content = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 12, classes: ["page"])
        Widgets.margins(content, 24)
        nameLabel = Widgets.label("", classes: ["title-1"], wrap: true)
        let partnersHeading = Widgets.label(tr("Partners"), classes: ["heading"])
        partnerList = gtk_list_box_new()!
        gtk_list_box_set_selection_mode(samskap_list_box(partnerList), GTK_SELECTION_NONE)
        Widgets.addClasses(partnerList, ["boxed-list"])
        Accessibility.setLabel(partnerList, tr("Partners"))
        Widgets.append(content, nameLabel, partnersHeading, partnerList)
        gtk_window_set_child(samskap_window(window), Widgets.scrolled(content))

        state.observe { [weak self] in self?.render() }
        Signals.connect(window, "destroy") { [weak self] in
            guard let self else { return }
            self.application.windowClosed(self)
        }
        render()
    }

    /// Brings the window forward.
    func present() { gtk_window_present(samskap_window(window)) }

    /// Shows the document.
    func render() {
        let document = state.document
        gtk_window_set_title(samskap_window(window), document.project.name)
        gtk_label_set_text(samskap_label(nameLabel), document.project.name)
        Widgets.removeChildren(partnerList)
        for partner in document.partners {
            let row = Widgets.box(GTK_ORIENTATION_HORIZONTAL, spacing: 12)
            Widgets.margins(row, 8)
            let name = Widgets.label(partner.name, wrap: true)
            gtk_widget_set_hexpand(name, 1)
            let sector = Widgets.label(term(partner.sector), classes: ["dim-label"])
            Widgets.append(row, name, sector)
            gtk_list_box_append(samskap_list_box(partnerList), row)
        }
    }
}
