import SamskapCore

/// Screen 8: the progress of one indicator (the screen's, else the first key indicator, else the first).
enum IndicatorScreen {
    static func draw(_ scene: WorkshopScene, on stage: WorkshopStage) -> String {
        let indicators = scene.document.indicators
        let chosen = scene.screen.indicatorID.flatMap { id in indicators.first { $0.id == id } }
            ?? indicators.first { $0.isKey } ?? indicators.first
        let title = chosen?.name ?? stage.t(WorkshopTexts.kind(.indicators))
        let area = stage.heading(title, in: stage.content)
        guard let chosen else {
            stage.text(stage.t(WorkshopTexts.noIndicators), in: area, size: stage.body, lines: 2)
            return stage.t(WorkshopTexts.noIndicators)
        }
        var document = scene.document
        document.indicators = [chosen]
        document.measurements = scene.document.measurements.filter { $0.indicatorID == chosen.id }
        stage.indicatorPanel(ChartData(document: document, model: scene.model), in: area)
        return "\(stage.t(WorkshopTexts.kind(.indicators))): \(chosen.name)"
    }
}
