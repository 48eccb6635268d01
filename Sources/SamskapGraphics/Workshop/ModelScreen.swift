import SamskapCore

/// Screen 2: the four values and seven action fields, one highlighted with its meaning.
enum ModelScreen {
    static func draw(_ scene: WorkshopScene, on stage: WorkshopStage) -> String {
        let area = stage.heading(stage.t(WorkshopTexts.kind(.model)), in: stage.content)
        let dimensions = scene.model.allDimensions
        guard !dimensions.isEmpty else { return stage.t(WorkshopTexts.kind(.model)) }
        let current = ((scene.highlight % dimensions.count) + dimensions.count) % dimensions.count
        let (list, detail) = area.sliceLeft(area.width * 0.46)
        let row = min(stage.minText * 1.5, list.height / Double(dimensions.count + 2))
        var y = list.y
        for (k, d) in dimensions.enumerated() {
            if k == 0 || k == scene.model.fields.count {
                let title = stage.t(k == 0 ? WorkshopTexts.fields : WorkshopTexts.values)
                stage.text(title, in: ChartRect(x: list.x, y: y, width: list.width, height: row), size: stage.minText,
                           weight: .bold, color: stage.palette.muted)
                y += row
            }
            let box = ChartRect(x: list.x, y: y, width: list.width - stage.gap, height: row)
            if k == current { stage.fill(box.insetBy(-stage.gap / 2, 0), stage.palette.experience.opacity(0.3), radius: stage.gap / 2) }
            stage.text(d.name, in: box, size: stage.minText, weight: k == current ? .bold : .regular, vertical: .middle)
            y += row
        }
        let chosen = dimensions[current]
        let inner = detail.insetBy(stage.gap, 0)
        let nameHeight = stage.text(chosen.name, in: inner, size: stage.body * 1.3, weight: .bold, lines: 2)?.height ?? 0
        var rest = inner.sliceTop(nameHeight + stage.gap).1
        let summaryHeight = stage.text(chosen.summary, in: rest, size: stage.body,
                                       lines: max(1, Int(rest.height * 0.6 / (stage.body * 1.3))))?.height ?? 0
        rest = rest.sliceTop(summaryHeight + stage.gap * 2).1
        if let prompt = chosen.prompts.first {
            stage.text(prompt, in: rest, size: stage.minText, color: stage.palette.muted,
                       lines: max(1, Int(rest.height / (stage.minText * 1.3))))
        }
        return "\(stage.t(WorkshopTexts.kind(.model))): \(chosen.name). \(chosen.summary)"
    }
}
