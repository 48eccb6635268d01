import SamskapCore

/// Screen 10: what the room agrees, as the coordinator types it.
enum DecisionsScreen {
    static func draw(_ scene: WorkshopScene, on stage: WorkshopStage) -> String {
        let area = stage.heading(stage.t(WorkshopTexts.kind(.decisions)), in: stage.content)
        let (hint, body) = area.sliceBottom(stage.minText * 2)
        let text = scene.draft ?? scene.screen.decisions
        let shown = text.isEmpty ? stage.t(WorkshopTexts.noDecisions) : text
        stage.text(shown, in: body, size: stage.body, color: text.isEmpty ? stage.palette.muted : nil,
                   lines: max(1, Int(body.height / (stage.body * 1.3))))
        stage.text(stage.t(WorkshopTexts.decisionsHint), in: hint, size: stage.minText, color: stage.palette.muted, lines: 1)
        return "\(stage.t(WorkshopTexts.kind(.decisions))): \(shown)"
    }
}
