import CGtk
import SamskapCore
import SamskapGtk

/// The ten steps as a guided sequence: one button per step with its number, name and state.
@MainActor
final class ImpactStepList {
    let root: Widget
    /// Called with the step the user chose.
    var onSelect: (@MainActor (ImpactStepKind) -> Void)?
    private var buttons: [ImpactStepKind: Widget] = [:]
    private var icons: [ImpactStepKind: Widget] = [:]
    private var states: [ImpactStepKind: Widget] = [:]
    private var shownStates: [ImpactStepKind: ImpactStepState] = [:]
    private let progress: Widget

    init() {
        root = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 2, classes: ["impact-steps"])
        gtk_widget_set_size_request(root, 190, -1)
        Widgets.margins(root, 12)
        let heading = Widgets.label(tr("The ten steps"), classes: ["heading"])
        progress = Widgets.label("", classes: ["dim-label", "caption"], wrap: true)
        gtk_widget_set_margin_bottom(progress, 6)
        Widgets.append(root, heading, progress)
        let list = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 2)
        Accessibility.setLabel(list, tr("The ten steps"))
        for step in ImpactStepKind.allCases {
            let button = Widgets.button(Self.name(step), classes: ["flat", "impact-step"], accessibleName: Self.name(step)) { [weak self] in
                guard let self else { return }
                self.onSelect?(step)
            }
            let box = Widgets.box(GTK_ORIENTATION_HORIZONTAL, spacing: 8)
            let number = Widgets.label("\(step.rawValue)", classes: ["step-number"], xalign: 0.5)
            gtk_widget_set_valign(number, GTK_ALIGN_START)
            let texts = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 2)
            gtk_widget_set_hexpand(texts, 1)
            let title = Widgets.label(ImpactGuidance.name(step), classes: ["step-title"], wrap: true)
            gtk_label_set_max_width_chars(samskap_label(title), 24)
            let stateRow = Widgets.box(GTK_ORIENTATION_HORIZONTAL, spacing: 4)
            let icon = gtk_image_new_from_icon_name(ImpactStepState.notStarted.icon)!
            let state = Widgets.label("", classes: ["caption", "dim-label"])
            Widgets.append(stateRow, icon, state)
            Widgets.append(texts, title, stateRow)
            Widgets.append(box, number, texts)
            gtk_button_set_child(samskap_button(button), box)
            buttons[step] = button
            icons[step] = icon
            states[step] = state
            Widgets.append(list, button)
        }
        Widgets.append(root, list)
    }

    /// "5. Define indicators": the button's accessible name.
    static func name(_ step: ImpactStepKind) -> String { trf("%1$s. %2$s", "\(step.rawValue)", ImpactGuidance.name(step)) }

    /// Shows each step's state and marks the selected one.
    func render(_ document: ProjectDocument, selected: ImpactStepKind) {
        let done = document.impactSteps.filter(\.isDone).count
        gtk_label_set_text(samskap_label(progress), trf("%1$s of 10 done", "\(done)"))
        for step in document.impactSteps {
            guard let button = buttons[step.kind] else { continue }
            let state = ImpactStepState(step, in: document)
            if shownStates[step.kind] != state {
                shownStates[step.kind] = state
                gtk_image_set_from_icon_name(samskap_image(icons[step.kind]!), state.icon)
                for other in [ImpactStepState.notStarted, .started, .done] { gtk_widget_remove_css_class(icons[step.kind]!, other.cssClass) }
                gtk_widget_add_css_class(icons[step.kind]!, state.cssClass)
                gtk_label_set_text(samskap_label(states[step.kind]!), state.title)
                Accessibility.setDescription(button, state.title)
            }
            if step.kind == selected { gtk_widget_add_css_class(button, "selected") } else { gtk_widget_remove_css_class(button, "selected") }
        }
    }
}
