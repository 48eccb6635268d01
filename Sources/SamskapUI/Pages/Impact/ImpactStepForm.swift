import CGtk
import SamskapCore
import SamskapGtk

/// One step as a form: its number and name, our short guidance and example, the partners' text and "done".
@MainActor
final class ImpactStepForm {
    let root: Widget
    unowned let window: MainWindow
    private let counter: Widget
    private let title: Widget
    private let guidance: Widget
    private let example: Widget
    private let textView: Widget
    private let textRoot: Widget
    private let textCaption: Widget
    /// Steps 1 and 2 are the project's problem and its goals: shown here as they stand where they are edited.
    private let fact: StepFact
    private let doneCheck: Widget
    /// Steps 3 and 4 are edited here: the target groups, the activities and the links of the theory of change.
    private let targetGroups: TargetGroupEditor
    let activities: ActivityEditor
    private let links: LinkEditor
    private let advice = PlanAdviceView()
    /// What the four result levels mean and how sure their cause is, where activities and indicators are planned.
    private let levelsHelp = FrameworkHelp.button(.resultLevels)
    private var step: ImpactStepKind = .problem
    private var filling = false

    init(window: MainWindow) {
        self.window = window
        root = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 8)
        counter = Widgets.label("", classes: ["dim-label"])
        title = Widgets.label("", classes: ["title-2"], wrap: true)
        guidance = Widgets.label("", wrap: true)
        gtk_label_set_max_width_chars(samskap_label(guidance), 80)
        let exampleBox = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 4, classes: ["impact-example"])
        example = Widgets.label("", wrap: true)
        gtk_label_set_max_width_chars(samskap_label(example), 80)
        Widgets.append(exampleBox, Widgets.label(tr("Example"), classes: ["field-caption"]), example)

        let text = Form.textView(name: tr("Your text for the step"), minHeight: 110)
        textView = text.view
        textRoot = text.root
        textCaption = FieldMessage.caption(tr("What you write for the step"), for: textView)
        fact = StepFact(window: window)
        doneCheck = gtk_check_button_new_with_mnemonic(tr("The step is _done"))!
        Accessibility.setOwnLabel(doneCheck, tr("The step is done"))
        targetGroups = TargetGroupEditor(window: window)
        activities = ActivityEditor(window: window)
        links = LinkEditor(window: window)
        Widgets.append(root, counter, title, guidance, levelsHelp, exampleBox, textCaption, text.root, fact.root, targetGroups.root,
                       activities.root, links.root, doneCheck, advice.root)

        Form.onChange(ofTextView: textView) { [weak self] in
            guard let self else { return }
            guard !self.filling else { return }
            self.save(coalescing: "impact.step.\(self.step.rawValue).content") { $0.content = CStrings.text(ofTextView: self.textView) }
        }
        Signals.connect(doneCheck, "toggled") { [weak self] in
            guard let self else { return }
            guard !self.filling else { return }
            let on = gtk_check_button_get_active(samskap_check_button(self.doneCheck)) != 0
            self.save(coalescing: nil) { $0.isDone = on }
        }
    }

    /// Shows a step as the document holds it.
    func render(_ kind: ImpactStepKind) {
        filling = true
        defer { filling = false }
        let changed = kind != step
        step = kind
        let stored = window.state.document.impactSteps.first { $0.kind == kind } ?? ImpactStep(kind: kind)
        gtk_label_set_text(samskap_label(counter), trf("Step %1$s of 10", "\(kind.rawValue)"))
        gtk_label_set_text(samskap_label(title), ImpactGuidance.name(kind))
        gtk_label_set_text(samskap_label(guidance), ImpactGuidance.guidance(kind))
        gtk_label_set_text(samskap_label(example), ImpactGuidance.example(kind))
        Accessibility.setLabel(textView, trf("Your text for step %1$s", "\(kind.rawValue)"))
        let ownText = fact.show(kind, in: window.state.document)
        gtk_widget_set_visible(textCaption, ownText ? 1 : 0)
        gtk_widget_set_visible(textRoot, ownText ? 1 : 0)
        if changed || CStrings.text(ofTextView: textView) != stored.content { Form.setText(ofTextView: textView, stored.content) }
        gtk_check_button_set_active(samskap_check_button(doneCheck), stored.isDone ? 1 : 0)
        let document = window.state.document
        gtk_widget_set_visible(levelsHelp, (kind == .activities || kind == .indicators) && FrameworkHelp.guide() != nil ? 1 : 0)
        gtk_widget_set_visible(targetGroups.root, kind == .targetGroups ? 1 : 0)
        gtk_widget_set_visible(activities.root, kind == .activities ? 1 : 0)
        gtk_widget_set_visible(links.root, kind == .activities ? 1 : 0)
        if kind == .targetGroups { targetGroups.render(document) }
        if kind == .activities {
            activities.render(document)
            links.render(document)
        }
        advice.render(document)
    }

    private func save(coalescing key: String?, _ change: (inout ImpactStep) -> Void) {
        var step = window.state.document.impactSteps.first { $0.kind == self.step } ?? ImpactStep(kind: self.step)
        let before = step
        change(&step)
        guard step != before else { return }
        window.perform([.setImpactStep(step)], coalescing: key)
    }
}
