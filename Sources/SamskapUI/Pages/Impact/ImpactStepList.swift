import SamskapCore
import SamskapGtk

/// The ten steps as a guided sequence: one button per step with its number, name and state.
@MainActor
final class ImpactStepList {
    let root: Box
    /// Called with the step the user chose.
    var onSelect: (@MainActor (ImpactStepKind) -> Void)?
    private var buttons: [ImpactStepKind: Button] = [:]
    private var icons: [ImpactStepKind: Image] = [:]
    private var states: [ImpactStepKind: Label] = [:]
    private var shownStates: [ImpactStepKind: ImpactStepState] = [:]
    private let progress: Label

    init() {
        root = Box(.vertical, spacing: 2, classes: ["impact-steps"])
        root.setSizeRequest(width: 190)
        root.setMargins(12)
        let heading = Label(tr("The ten steps"), classes: ["heading"])
        progress = Label("", classes: ["dim-label", "caption"], wrap: true)
        progress.marginBottom = 6
        root.append(heading, progress)
        let list = Box(.vertical, spacing: 2)
        list.setAccessibleName(tr("The ten steps"))
        for step in ImpactStepKind.allCases {
            let button = Button(Self.name(step), classes: ["flat", "impact-step"], accessibleName: Self.name(step))
            button.onClicked(self) { $0.onSelect?(step) }
            let box = Box(.horizontal, spacing: 8)
            let number = Label("\(step.rawValue)", classes: ["step-number"], xalign: 0.5)
            number.verticalAlignment = .start
            let texts = Box(.vertical, spacing: 2)
            texts.expandsHorizontally = true
            let title = Label(ImpactGuidance.name(step), classes: ["step-title"], wrap: true)
            title.maxWidthChars = 24
            let stateRow = Box(.horizontal, spacing: 4)
            let icon = Image(iconName: ImpactStepState.notStarted.icon)
            let state = Label("", classes: ["caption", "dim-label"])
            stateRow.append(icon, state)
            texts.append(title, stateRow)
            box.append(number, texts)
            button.setChild(box)
            buttons[step] = button
            icons[step] = icon
            states[step] = state
            list.append(button)
        }
        root.append(list)
    }

    /// "5. Define indicators": the button's accessible name.
    static func name(_ step: ImpactStepKind) -> String { trf("%1$s. %2$s", "\(step.rawValue)", ImpactGuidance.name(step)) }

    /// Shows each step's state and marks the selected one.
    func render(_ document: ProjectDocument, selected: ImpactStepKind) {
        let done = document.impactSteps.filter(\.isDone).count
        progress.text = trf("%1$s of 10 done", "\(done)")
        for step in document.impactSteps {
            guard let button = buttons[step.kind], let icon = icons[step.kind] else { continue }
            let state = ImpactStepState(step, in: document)
            if shownStates[step.kind] != state {
                shownStates[step.kind] = state
                icon.setIconName(state.icon)
                for other in [ImpactStepState.notStarted, .started, .done] { icon.removeCSSClass(other.cssClass) }
                icon.addCSSClass(state.cssClass)
                states[step.kind]?.text = state.title
                button.setAccessibleDescription(state.title)
            }
            button.setCSSClass("selected", step.kind == selected)
        }
    }
}
