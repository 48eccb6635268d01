import CGtk
import FoundationEssentials
import SamskapGtk

/// The start screen when no project is open: new, open, the demo, and recent projects.
@MainActor
final class StartWindow {
    unowned let application: SamskapApplication
    let window: Widget
    private let errorLabel: Widget
    private let recentBox: Widget
    private let recentHeading: Widget
    private let menuButton = PrimaryMenu.button(project: false)

    init(application: SamskapApplication) {
        self.application = application
        window = adw_application_window_new(application.application.gtkApplication)!
        gtk_window_set_title(samskap_window(window), "Samskap")
        gtk_window_set_default_size(samskap_window(window), 720, 620)

        let header = adw_header_bar_new()!
        adw_header_bar_pack_end(OpaquePointer(header), menuButton.widget)

        let column = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 12, classes: ["start-column"])
        gtk_widget_set_halign(column, GTK_ALIGN_CENTER)
        gtk_widget_set_valign(column, GTK_ALIGN_CENTER)
        Widgets.margins(column, 36)
        let icon = gtk_image_new_from_icon_name(SamskapApplication.id)!
        gtk_image_set_pixel_size(samskap_image(icon), 96)
        let title = Widgets.label("Samskap", classes: ["title-1"], xalign: 0.5)
        let subtitle = Widgets.label(tr("Co-creative social innovation: partners, shared goals and what the work achieves."),
                                     classes: ["dim-label"], wrap: true, xalign: 0.5)
        gtk_label_set_justify(samskap_label(subtitle), GTK_JUSTIFY_CENTER)
        errorLabel = Widgets.label("", classes: ["error"], wrap: true, xalign: 0.5)
        gtk_widget_set_visible(errorLabel, 0)

        let buttons = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 8)
        gtk_widget_set_margin_top(buttons, 12)
        // Pills as wide as the widest, not the column: the column is as wide as the recent projects' list.
        gtk_widget_set_halign(buttons, GTK_ALIGN_CENTER)
        gtk_box_set_homogeneous(samskap_box(buttons), 1)
        let newButton = Widgets.button(tr("_New project…"), classes: ["suggested-action", "pill"]) { [weak application] in
            guard let application else { return }
            application.newProject(parent: application.activeWindow)
        }
        let openButton = Widgets.button(tr("_Open…"), classes: ["pill"]) { [weak application] in
            guard let application else { return }
            application.chooseAndOpen(parent: application.activeWindow)
        }
        let demoButton = Widgets.button(tr("Open the _demo project"), classes: ["pill"]) { [weak application] in
            guard let application else { return }
            application.openDemo()
        }
        let incubatorButton = Widgets.button(tr("Open the handbook's _example: a refugee incubator"), classes: ["pill"]) { [weak application] in
            application?.openDemo(.incubator)
        }
        Widgets.append(buttons, newButton, openButton, demoButton, incubatorButton)

        recentHeading = Widgets.label(tr("Recent projects"), classes: ["heading"])
        gtk_widget_set_margin_top(recentHeading, 18)
        recentBox = gtk_list_box_new()!
        gtk_list_box_set_selection_mode(samskap_list_box(recentBox), GTK_SELECTION_NONE)
        Widgets.addClasses(recentBox, ["boxed-list"])
        Accessibility.setLabel(recentBox, tr("Recent projects"))

        Widgets.append(column, icon, title, subtitle, errorLabel, buttons, recentHeading, recentBox)
        let content = Widgets.box(GTK_ORIENTATION_VERTICAL)
        Widgets.append(content, header, Widgets.scrolled(Clamp.wrap(column, maximum: 640)))
        adw_application_window_set_content(samskap_adw_application_window(window), content)
        gtk_window_set_focus(samskap_window(window), newButton)

        Signals.connect(window, "destroy") { [weak self] in
            guard let self else { return }
            self.application.startClosed(self)
        }
    }

    /// Shows the window, refreshed, with an error message if given.
    func present(error: String?) {
        gtk_label_set_text(samskap_label(errorLabel), error ?? "")
        gtk_widget_set_visible(errorLabel, error == nil ? 0 : 1)
        renderRecent()
        gtk_window_present(samskap_window(window))
    }

    /// Closes the start screen.
    func close() { gtk_window_destroy(samskap_window(window)) }

    private func renderRecent() {
        Widgets.removeChildren(recentBox)
        let recent = RecentProjects.list()
        gtk_widget_set_visible(recentHeading, recent.isEmpty ? 0 : 1)
        gtk_widget_set_visible(recentBox, recent.isEmpty ? 0 : 1)
        for url in recent {
            let name = url.deletingPathExtension().lastPathComponent
            let button = Widgets.button(name, classes: ["flat", "recent-project"], accessibleName: trf("Open %1$s", name)) { [weak application] in
                guard let application else { return }
                application.open(url)
            }
            gtk_button_set_use_underline(samskap_button(button), 0)
            let content = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 2)
            let title = Widgets.label(name, wrap: true)
            let path = Widgets.label(url.deletingLastPathComponent().path, classes: ["dim-label", "caption"], wrap: true)
            Widgets.append(content, title, path)
            gtk_button_set_child(samskap_button(button), content)
            gtk_list_box_append(samskap_list_box(recentBox), button)
        }
    }
}
