import SamskapCore

/// Where one of the ten steps stands, shown as a symbol and a word together.
enum ImpactStepState: Equatable {
    case notStarted, started, done

    /// The state of a step in a document: done when marked, started when something is written for it (for steps 1
    /// and 2, the problem and the goals; for steps 5 to 9, when the project has indicators).
    init(_ step: ImpactStep, in document: ProjectDocument) {
        if step.isDone {
            self = .done
        } else if !step.content.isBlank
                    || (step.kind == .problem && !document.project.problem.isBlank)
                    || (step.kind == .goals && !document.goals.isEmpty)
                    || (ImpactGuidance.usesIndicators(step.kind) && !document.indicators.isEmpty)
                    || (step.kind == .evaluation && !document.evaluations.isEmpty) {
            self = .started
        } else {
            self = .notStarted
        }
    }

    /// The word.
    var title: String {
        switch self {
        case .notStarted: tr("Not started")
        case .started: tr("Started")
        case .done: tr("Done")
        }
    }

    /// The symbol beside the word.
    var icon: String {
        switch self {
        case .notStarted: "radio-symbolic"
        case .started: "document-edit-symbolic"
        case .done: "object-select-symbolic"
        }
    }

    /// The CSS class that colours the symbol.
    var cssClass: String {
        switch self {
        case .notStarted: "step-not-started"
        case .started: "step-started"
        case .done: "step-done"
        }
    }
}
