import SamskapCore
import SamskapGtk

/// One step as a form: its number and name, our short guidance and example, the partners' text and "done".
@MainActor
final class ImpactStepForm {
    let root: Box
    unowned let window: MainWindow
    private let counter: Label
    private let title: Label
    private let guidance: Label
    private let example: Label
    private let textView: TextView
    private let textCaption: Label
    /// Steps 1 and 2 are the project's problem and its goals: shown here as they stand where they are edited.
    private let fact: StepFact
    private let doneCheck: CheckButton
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
        root = Box(.vertical, spacing: 8)
        counter = Label("", classes: ["dim-label"])
        title = Label("", classes: ["title-2"], wrap: true)
        guidance = Label("", wrap: true)
        guidance.maxWidthChars = 80
        let exampleBox = Box(.vertical, spacing: 4, classes: ["impact-example"])
        example = Label("", wrap: true)
        example.maxWidthChars = 80
        exampleBox.append(Label(tr("Example"), classes: ["field-caption"]), example)

        textView = TextView(name: tr("Your text for the step"), minHeight: 110)
        textCaption = FieldMessage.caption(tr("What you write for the step"), for: textView)
        fact = StepFact(window: window)
        doneCheck = CheckButton(mnemonic: tr("The step is _done"), accessibleName: tr("The step is done"))
        targetGroups = TargetGroupEditor(window: window)
        activities = ActivityEditor(window: window)
        links = LinkEditor(window: window)
        root.append(counter, title, guidance, levelsHelp, exampleBox, textCaption, textView.frame, fact.root, targetGroups.root,
                    activities.root, links.root, doneCheck, advice.root)

        textView.onChange(self) { form, text in
            guard !form.filling else { return }
            form.save(coalescing: "impact.step.\(form.step.rawValue).content") { $0.content = text }
        }
        doneCheck.onToggled(self) { form, on in
            guard !form.filling else { return }
            form.save(coalescing: nil) { $0.isDone = on }
        }
    }

    /// Shows a step as the document holds it.
    func render(_ kind: ImpactStepKind) {
        filling = true
        defer { filling = false }
        let changed = kind != step
        step = kind
        let stored = window.state.document.impactSteps.first { $0.kind == kind } ?? ImpactStep(kind: kind)
        counter.text = trf("Step %1$s of 10", "\(kind.rawValue)")
        title.text = ImpactGuidance.name(kind)
        guidance.text = ImpactGuidance.guidance(kind)
        example.text = ImpactGuidance.example(kind)
        textView.setAccessibleName(trf("Your text for step %1$s", "\(kind.rawValue)"))
        let ownText = fact.show(kind, in: window.state.document)
        textCaption.isVisible = ownText
        textView.frame.isVisible = ownText
        if changed || textView.text != stored.content { textView.text = stored.content }
        doneCheck.isActive = stored.isDone
        let document = window.state.document
        levelsHelp.isVisible = (kind == .activities || kind == .indicators) && FrameworkHelp.guide() != nil
        targetGroups.root.isVisible = kind == .targetGroups
        activities.root.isVisible = kind == .activities
        links.root.isVisible = kind == .activities
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
