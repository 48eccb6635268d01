import SamskapCore

/// Screen 4: a round's results once revealed: each field and value as a band from the lowest to the highest
/// respondent with the mean and the importance marked, the most disputed first with their prompts, the largest gap,
/// and the previous round's mean. Before R: nothing but the round's name and the count.
enum RevealScreen {
    static func draw(_ scene: WorkshopScene, on stage: WorkshopStage) -> String {
        let round = scene.screen.roundID.flatMap { id in scene.document.rounds.first { $0.id == id } }
        let title = [stage.t(WorkshopTexts.kind(.reveal)), round?.label].compactMap { $0 }.joined(separator: ": ")
        var area = stage.heading(title, in: stage.content)
        guard let session = RoundSession(screen: scene.screen.id, in: scene.document, model: scene.model) else {
            stage.text(stage.t(WorkshopTexts.noRound), in: area, size: stage.body, lines: 3)
            return "\(title). \(stage.t(WorkshopTexts.noRound))"
        }
        let status = session.status(in: scene.document)
        let count = stage.t(WorkshopTexts.answered(status.answered, status.expected))
        let kind = ShortRound.kind(of: session.roundID, answers: scene.document.answers, model: scene.model)
        let kindLine = stage.t(kind == .short ? WorkshopTexts.shortRound : WorkshopTexts.fullRound) + " · " + count
        if let r = stage.text(kindLine, in: area, size: stage.minText, color: stage.palette.muted) {
            area = area.sliceTop(r.height + stage.gap).1
        }
        guard let results = session.results(in: scene.document, model: scene.model) else {
            let hidden = stage.t(WorkshopTexts.hiddenUntilRevealed)
            stage.text(hidden, in: area, size: stage.body, align: .center, vertical: .middle, lines: 2)
            return [title, kindLine, hidden].joined(separator: ". ")
        }
        let visible = results.dimensions.filter { !$0.isHidden && $0.experienceMean != nil }
        guard !visible.isEmpty else {
            stage.text(stage.t(WorkshopTexts.tooFewToShow), in: area, size: stage.body, lines: 2)
            return [title, kindLine, stage.t(WorkshopTexts.tooFewToShow)].joined(separator: ". ")
        }
        let (chartArea, side) = area.sliceLeft(area.width * 0.56)
        bands(results, model: scene.model, in: chartArea.insetBy(0, 0), on: stage)
        var parts = [title, kindLine]
        parts += findings(results, scene: scene, session: session, in: side.insetBy(stage.gap * 1.5, 0), on: stage)
        return parts.joined(separator: ". ")
    }

    /// One row per dimension: its name, a band from the lowest to the highest respondent mean, the mean as a dot
    /// and the importance as a tick, on a 1–5 scale.
    private static func bands(_ results: RoundResults, model: ModelContent, in area: ChartRect, on stage: WorkshopStage) {
        let dims = model.allDimensions
        let row = min(stage.minText * 1.6, area.height / Double(dims.count + 1))
        let labelWidth = area.width * 0.52
        let scale = ChartRect(x: area.x + labelWidth + stage.gap, y: area.y, width: area.width - labelWidth - stage.gap * 2,
                              height: row * Double(dims.count))
        func x(_ v: Double) -> Double { scale.x + (v - 1) / 4 * scale.width }
        for v in 1...5 {
            stage.line(x(Double(v)), scale.y, x(Double(v)), scale.maxY, stage.palette.grid, width: max(1, stage.minText / 18))
            stage.text("\(v)", in: ChartRect(x: x(Double(v)) - stage.minText, y: scale.maxY, width: stage.minText * 2, height: row),
                       size: stage.minText, color: stage.palette.muted, align: .center)
        }
        for (k, d) in dims.enumerated() {
            let y = area.y + Double(k) * row
            stage.text(d.name, in: ChartRect(x: area.x, y: y, width: labelWidth, height: row), size: stage.minText,
                       align: .trailing, vertical: .middle)
            guard let r = results.result(d.id), !r.isHidden, let lo = r.experienceMin, let hi = r.experienceMax,
                  let mean = r.experienceMean else { continue }
            let band = ChartRect(x: x(lo), y: y + row * 0.28, width: max(2, x(hi) - x(lo)), height: row * 0.44)
            stage.fill(band, stage.palette.experience.opacity(r.isDivergent ? 0.55 : 0.3), radius: row * 0.1)
            stage.fill(ChartRect(x: x(mean) - row * 0.18, y: y + row * 0.32, width: row * 0.36, height: row * 0.36),
                       stage.palette.experience, radius: row * 0.18)
            if let i = r.importanceMean {
                stage.line(x(i), y + row * 0.15, x(i), y + row * 0.85, stage.palette.importance, width: max(2, row * 0.08))
            }
        }
        stage.countChart()
    }

    /// The most disputed dimensions with a prompt, the largest gap, and the previous round beside them.
    private static func findings(_ results: RoundResults, scene: WorkshopScene, session: RoundSession, in area: ChartRect,
                                 on stage: WorkshopStage) -> [String] {
        var rest = area
        var parts: [String] = []
        let names = Dictionary(scene.model.allDimensions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        func put(_ text: String, size: Double, weight: TextStyle.Weight = .regular, muted: Bool = false, lines: Int = 1) {
            guard rest.height > size else { return }
            if let r = stage.text(text, in: rest, size: size, weight: weight, color: muted ? stage.palette.muted : nil, lines: lines) {
                rest = rest.sliceTop(r.height + stage.gap * 0.6).1
                parts.append(text)
            }
        }
        put(stage.t(WorkshopTexts.mostDisputed), size: stage.body, weight: .bold)
        for r in results.mostDisputed.prefix(2) {
            guard let d = names[r.dimensionID] else { continue }
            put(d.name, size: stage.minText, weight: .bold)
            put(stage.t(WorkshopTexts.spread(WorkshopRenderer.score(r.experienceMin, stage.language),
                                             WorkshopRenderer.score(r.experienceMax, stage.language))), size: stage.minText, muted: true)
            if let prompt = d.prompts.first { put(prompt, size: stage.minText, lines: 3) }
        }
        if let g = results.largestGaps.first, let d = names[g.dimensionID], (g.gap ?? 0) > 0 {
            rest = rest.sliceTop(stage.gap).1
            put(stage.t(WorkshopTexts.largestGap), size: stage.minText, weight: .bold, lines: 2)
            put("\(d.name): " + stage.t(WorkshopTexts.gap(WorkshopRenderer.score(g.importanceMean, stage.language),
                                                          WorkshopRenderer.score(g.experienceMean, stage.language))),
                size: stage.minText, lines: 2)
        }
        if let previous = previousRound(scene, session: session) {
            let mean = previous.results.dimensions.compactMap(\.experienceMean)
            if !mean.isEmpty {
                let average = mean.reduce(0, +) / Double(mean.count)
                rest = rest.sliceTop(stage.gap).1
                put(stage.t(WorkshopTexts.previous(previous.round.label, WorkshopRenderer.score(average, stage.language))),
                    size: stage.minText, muted: true, lines: 2)
            }
        }
        return parts
    }

    /// The round before this one (or the screen's choice), with its results.
    private static func previousRound(_ scene: WorkshopScene, session: RoundSession) -> (round: AssessmentRound, results: RoundResults)? {
        let rounds = scene.document.roundsByDate
        let round: AssessmentRound?
        if let id = scene.screen.previousRoundID {
            round = rounds.first { $0.id == id }
        } else if let k = rounds.firstIndex(where: { $0.id == session.roundID }), k > 0 {
            round = rounds[k - 1]
        } else {
            round = nil
        }
        guard let round else { return nil }
        return (round, RoundResults.compute(round: round.id, answers: scene.document.answers, model: scene.model,
                                            threshold: scene.document.project.anonymityThreshold))
    }
}
