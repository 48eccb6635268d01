import SamskapCore

/// Screen 1: the project, the municipality, the date and the problem in the words of those who live with it.
enum TitleScreen {
    static func draw(_ scene: WorkshopScene, on stage: WorkshopStage) -> String {
        let project = scene.document.project
        var area = stage.heading(project.name, in: stage.content)
        let place = [project.municipality?.name, scene.today.formatted(stage.language)].compactMap { $0 }.joined(separator: " · ")
        if let r = stage.text(place, in: area, size: stage.body, color: stage.palette.muted) {
            area = area.sliceTop(r.height + stage.gap * 2).1
        }
        let problem = project.problem.trimmed()
        // In the words of those who live with it: quoted, unless the text opens with their quote already.
        let quoted = problem.hasPrefix("«") || problem.hasPrefix("“") || problem.hasPrefix("\"")
        let shown = problem.isEmpty ? stage.t(WorkshopTexts.noProblem) : quoted ? problem : trf("“%1$s”", in: stage.language, problem)
        let lines = max(1, Int(area.height / (stage.body * 1.3)))
        stage.text(shown, in: area, size: stage.body, lines: lines)
        return [project.name, place, shown].joined(separator: ". ")
    }
}
