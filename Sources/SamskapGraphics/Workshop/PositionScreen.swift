import SamskapCore

/// Screen 6: where the project stands, as a list the room decides on row by row: its cell of the thin/thick matrix,
/// the staircase step of each area and the circle's phase. The chosen row is marked; while the coordinator moves the
/// marker the proposed value stands in it, highlighted, and once recorded the screen says so. (The Position view's
/// charts, scaled to the workshop's text size, leave no room for their cell texts; the room decides from the words.)
enum PositionScreen {
    static func draw(_ scene: WorkshopScene, on stage: WorkshopStage) -> String {
        let area = stage.heading(stage.t(WorkshopTexts.kind(.position)), in: stage.content)
        let project = scene.document.project
        let exercise = scene.position ?? PositionExercise()
        let subjects = PositionExercise.subjects(of: project)
        let selected = min(max(0, exercise.row), subjects.count - 1)
        let (hintArea, listArea) = area.sliceBottom(stage.minText * 1.5)
        let (statusArea, rowsArea) = listArea.sliceBottom(stage.body * 1.5 + stage.gap)
        var parts = [stage.t(WorkshopTexts.kind(.position))]

        // Rows from the selected one's neighbour on when they do not all fit, so the decided row is always seen.
        let rowHeight = stage.minText * 1.3 * 2 + stage.gap
        let fitting = max(1, Int(rowsArea.height / rowHeight))
        let first = subjects.count <= fitting ? 0 : min(max(0, selected - 1), subjects.count - fitting)
        var rest = rowsArea
        for k in first..<subjects.count {
            let subject = subjects[k]
            let isSelected = k == selected
            let choosing = isSelected ? exercise.proposal : nil
            let name = title(subject, project: project, on: stage)
            let now = PositionExercise.current(subject, in: project)
            let value = (choosing ?? now).map { stage.t(PositionExercise.choiceName($0, of: subject)) } ?? stage.t(WorkshopTexts.notDecided)
            let labelWidth = rest.width * 0.42
            let textHeight = max(stage.measure(name, width: labelWidth - stage.gap * 2, size: stage.minText, weight: .bold, lines: 2),
                                 stage.measure(value, width: rest.width - labelWidth - stage.gap * 2, size: stage.minText,
                                               weight: choosing == nil ? .regular : .bold, lines: 2))
            let box = rest.sliceTop(textHeight + stage.gap).0
            guard box.maxY <= rowsArea.maxY + 0.5 else { break }
            if choosing != nil {
                stage.fill(box, stage.palette.experience.opacity(0.35), radius: stage.gap / 2)
            } else if isSelected {
                stage.fill(box, stage.palette.surface, radius: stage.gap / 2)
            }
            let inner = box.insetBy(stage.gap, stage.gap / 2)
            let (left, right) = inner.sliceLeft(labelWidth - stage.gap)
            stage.text(name, in: left, size: stage.minText, weight: .bold, lines: 2)
            stage.text(value, in: right.insetBy(stage.gap / 2, 0), size: stage.minText, weight: choosing == nil ? .regular : .bold,
                       color: choosing == nil ? nil : stage.palette.text, lines: 2)
            parts.append("\(name): \(value)" + (choosing == nil ? "" : " (\(stage.t(WorkshopTexts.proposed)))"))
            rest = rest.sliceTop(box.height + stage.gap * 0.4).1
        }

        let status = statusLine(exercise, subjects: subjects, selected: selected, project: project, on: stage)
        if let (text, strong) = status {
            stage.text(text, in: statusArea.insetBy(0, stage.gap / 2), size: stage.body, weight: strong ? .bold : .regular,
                       color: strong ? nil : stage.palette.muted, lines: 1)
            parts.append(text)
        }
        let hint = stage.t(exercise.isChoosing ? WorkshopTexts.positionChoosingHint : WorkshopTexts.positionHint)
        stage.text(hint, in: hintArea, size: stage.minText, color: stage.palette.muted, align: .center)
        return parts.joined(separator: ". ")
    }

    /// What a row is about, in the room's words: the matrix, the staircase of an area, the circle.
    private static func title(_ subject: PositionExercise.Subject, project: Project, on stage: WorkshopStage) -> String {
        switch subject {
        case .matrix: return stage.t(ChartKind.matrix.title)
        case .circle: return stage.t(WorkshopTexts.circle)
        case .staircase:
            let name = stage.t(ChartKind.staircase.title)
            guard let area = PositionExercise.area(of: subject, in: project), !area.isEmpty else { return name }
            return "\(name): \(area)"
        }
    }

    /// The line under the rows: that a value was recorded (while the project still stands there), or what the chosen
    /// value would be recorded as.
    private static func statusLine(_ exercise: PositionExercise, subjects: [PositionExercise.Subject], selected: Int,
                                   project: Project, on stage: WorkshopStage) -> (String, Bool)? {
        let subject = subjects[selected]
        if let proposal = exercise.proposal {
            let name = stage.t(PositionExercise.choiceName(proposal, of: subject))
            let count = PositionExercise.choiceCount(of: subject)
            return (stage.t(WorkshopTexts.proposal(name, proposal + 1, count)), false)
        }
        guard let recorded = exercise.recorded, subjects.indices.contains(recorded.row),
              PositionExercise.current(subjects[recorded.row], in: project) == recorded.choice else { return nil }
        let name = stage.t(PositionExercise.choiceName(recorded.choice, of: subjects[recorded.row]))
        return (stage.t(WorkshopTexts.recorded(name, recorded.day.formatted(stage.language))), true)
    }
}
