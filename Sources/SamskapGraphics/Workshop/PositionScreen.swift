import SamskapCore

/// Screen 6: where the project stands: the thin/thick matrix and the staircase as the Position view draws them, and
/// the circle's phase.
enum PositionScreen {
    static func draw(_ scene: WorkshopScene, on stage: WorkshopStage) -> String {
        let area = stage.heading(stage.t(WorkshopTexts.kind(.position)), in: stage.content)
        let (charts, circleLine) = area.sliceBottom(stage.minText * 1.6)
        let data = ChartData(document: scene.document, model: scene.model)
        let (left, right) = charts.sliceLeft(charts.width / 2)
        stage.chart(.matrix, data: data, in: left.insetBy(stage.gap / 2, 0))
        stage.chart(.staircase, data: data, in: right.insetBy(stage.gap / 2, 0))
        let phase = scene.document.project.circlePhase.map { $0.term.text(stage.language) } ?? stage.t(WorkshopTexts.noPhase)
        let circle = "\(stage.t(WorkshopTexts.circle)): \(phase)"
        stage.text(circle, in: circleLine, size: stage.minText, align: .center, vertical: .bottom)
        return [stage.t(WorkshopTexts.kind(.position)), stage.t(ChartKind.matrix.title), stage.t(ChartKind.staircase.title), circle]
            .joined(separator: ". ")
    }
}
