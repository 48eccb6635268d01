import SamskapCore

/// Screen 8: the progress of one indicator: the screen's, else the first key indicator (of the screen's result level when
/// it names one), else the first. One chart per screen, so that its texts keep the workshop's size.
enum IndicatorScreen {
    static func draw(_ scene: WorkshopScene, on stage: WorkshopStage) -> String {
        let level = scene.screen.resultLevel.flatMap(IndicatorLevel.init(rawValue:))
        let indicators = scene.document.indicators.filter { level == nil || $0.level == level }
        let chosen = scene.screen.indicatorID.flatMap { id in scene.document.indicators.first { $0.id == id } }
            ?? indicators.first { $0.isKey } ?? indicators.first
        // Chosen for its level: the heading names the level, so the room knows why this one.
        let byLevel = chosen != nil && chosen?.id != scene.screen.indicatorID ? level : nil
        let title = chosen.map { c in byLevel.map { "\($0.term.text(stage.language)): \(c.name)" } ?? c.name }
            ?? stage.t(WorkshopTexts.kind(.indicators))
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
