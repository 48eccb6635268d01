import SamskapCore

/// Screen 9: a large count-down.
enum TimerScreen {
    static func draw(_ scene: WorkshopScene, on stage: WorkshopStage) -> String {
        let area = stage.heading(stage.t(WorkshopTexts.kind(.timer)), in: stage.content)
        let left = max(0, scene.secondsLeft ?? scene.screen.seconds)
        let clock = String(format2(left / 60)) + ":" + format2(left % 60)
        let (bottom, top) = area.sliceBottom(stage.minText * 2)
        stage.text(clock, in: top, size: stage.huge, weight: .bold, color: left == 0 ? stage.palette.flag : nil,
                   align: .center, vertical: .middle)
        stage.text(stage.t(WorkshopTexts.timerHint), in: bottom, size: stage.minText, color: stage.palette.muted, align: .center)
        return "\(stage.t(WorkshopTexts.kind(.timer))): \(clock)"
    }

    private static func format2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
