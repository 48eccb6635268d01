import SamskapCore

/// Screen 6: where the project stands: its cell of the thin/thick matrix, the staircase step of each unit or policy
/// area, and the circle's phase, in words large enough for the back row. (The Position view's charts, scaled to the
/// workshop's text size, leave no room for their cell texts; the room decides from the words.)
enum PositionScreen {
    static func draw(_ scene: WorkshopScene, on stage: WorkshopStage) -> String {
        var area = stage.heading(stage.t(WorkshopTexts.kind(.position)), in: stage.content)
        let project = scene.document.project
        let none = stage.t(WorkshopTexts.noPhase)
        var blocks: [(String, [String])] = []
        let cell = project.cell.map { $0.term.text(stage.language) } ?? none
        blocks.append((stage.t(ChartKind.matrix.title), [cell]))
        let steps = project.staircase.map { "\($0.area): \($0.step.term.text(stage.language))" }
        blocks.append((stage.t(ChartKind.staircase.title), steps.isEmpty ? [none] : steps))
        blocks.append((stage.t(WorkshopTexts.circle), [project.circlePhase.map { $0.term.text(stage.language) } ?? none]))
        var parts = [stage.t(WorkshopTexts.kind(.position))]
        for (title, lines) in blocks {
            guard area.height > stage.minText * 1.5,
                  let r = stage.text(title, in: area, size: stage.body, weight: .bold, lines: 2) else { break }
            area = area.sliceTop(r.height + stage.gap * 0.5).1
            parts.append(title)
            for line in lines where area.height > stage.minText * 1.5 {
                guard let r = stage.text(line, in: area.insetBy(stage.gap, 0), size: stage.minText, lines: 2) else { break }
                area = area.sliceTop(r.height + stage.gap * 0.4).1
                parts.append(line)
            }
            area = area.sliceTop(stage.gap).1
        }
        return parts.joined(separator: ". ")
    }
}
