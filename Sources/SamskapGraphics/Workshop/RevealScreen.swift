import SamskapCore

/// Screen 4: a round's results once revealed: the radar of the action fields or the values with its min–max band and
/// the previous round as a second outline, the most disputed first with their prompts, the largest gap. Before R:
/// nothing but the round's name and the count.
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
        guard let results = session.results(in: scene.document, model: scene.model) else {
            if let r = stage.text(kindLine, in: area, size: stage.minText, color: stage.palette.muted) {
                area = area.sliceTop(r.height + stage.gap).1
            }
            let hidden = stage.t(WorkshopTexts.hiddenUntilRevealed)
            stage.text(hidden, in: area, size: stage.body, align: .center, vertical: .middle, lines: 2)
            return [title, kindLine, hidden].joined(separator: ". ")
        }
        let visible = results.dimensions.filter { !$0.isHidden && $0.experienceMean != nil }
        guard !visible.isEmpty else {
            stage.text(stage.t(WorkshopTexts.tooFewToShow), in: area, size: stage.body, lines: 2)
            return [title, kindLine, stage.t(WorkshopTexts.tooFewToShow)].joined(separator: ". ")
        }
        // The round's line over the chart only: the findings beside it get the full height.
        var (chartArea, side) = area.sliceLeft(area.width * 0.58)
        if let r = stage.text(kindLine, in: chartArea, size: stage.minText, color: stage.palette.muted, lines: 2) {
            chartArea = chartArea.sliceTop(r.height + stage.gap).1
        }
        let previous = previousRound(scene, session: session)
        var parts = [title, kindLine]
        parts.append(radar(scene, session: session, previous: previous?.round, in: chartArea, on: stage))
        // The radar's legend names the previous round's outline; the screen reader hears it too.
        if let previous, previous.results.dimensions.contains(where: { !$0.isHidden && $0.experienceMean != nil }) {
            parts.append("\(stage.t(ChartStrings.previousRound)): \(previous.round.label)")
        }
        parts += findings(results, scene: scene, in: side.insetBy(stage.gap * 1.5, 0), on: stage)
        return parts.joined(separator: ". ")
    }

    /// The radar of the action fields (or, after ↑ or ↓, of the values) with its min–max band, importance beside
    /// experience, and the previous round as a dotted outline; the existing chart, scaled to the screen's text sizes.
    private static func radar(_ scene: WorkshopScene, session: RoundSession, previous: AssessmentRound?, in area: ChartRect,
                              on stage: WorkshopStage) -> String {
        let kind: DimensionKind = scene.highlight % 2 == 0 ? .field : .value
        let selection = ChartSelection(roundID: session.roundID, previousRoundID: previous?.id)
        // The chart's data for these two rounds only: a large project's other rounds and its measurements would be
        // computed on every frame for nothing (the reveal has 50 ms on a 4K projector).
        let rounds = Set([session.roundID] + [previous?.id].compactMap { $0 })
        var document = scene.document
        document.indicators = []
        document.measurements = []
        document.rounds = document.rounds.filter { rounds.contains($0.id) }
        document.respondents = document.respondents.filter { rounds.contains($0.roundID) }
        document.answers = document.answers.filter { rounds.contains($0.roundID) }
        stage.radar(kind, data: ChartData(document: document, model: scene.model, selection: selection), in: area)
        return stage.t(kind == .field ? ChartKind.radarFields.title : ChartKind.radarValues.title)
    }

    /// The most disputed dimensions with their spread and a prompt, and the largest gap.
    private static func findings(_ results: RoundResults, scene: WorkshopScene, in area: ChartRect,
                                 on stage: WorkshopStage) -> [String] {
        var rest = area
        var parts: [String] = []
        let names = Dictionary(scene.model.allDimensions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        /// Draws a text whole when it fits in the room left; once one does not, nothing more is drawn (never a cut text).
        var full = false
        func put(_ text: String, size: Double, weight: TextStyle.Weight = .regular, muted: Bool = false, lines: Int = 1) {
            guard !full, rest.height > size else { return }
            guard stage.fits(text, in: rest, size: size, weight: weight, lines: lines) else { full = true; return }
            if let r = stage.text(text, in: rest, size: size, weight: weight, color: muted ? stage.palette.muted : nil, lines: lines) {
                rest = rest.sliceTop(r.height + stage.gap * 0.6).1
                parts.append(text)
            }
        }
        put(stage.t(WorkshopTexts.mostDisputed), size: stage.body, weight: .bold)
        for r in results.mostDisputed.prefix(2) {
            guard let d = names[r.dimensionID] else { continue }
            put(d.name + ": " + stage.t(WorkshopTexts.spread(WorkshopRenderer.score(r.experienceMin, stage.language),
                                                             WorkshopRenderer.score(r.experienceMax, stage.language))),
                size: stage.minText, weight: .bold, lines: 2)
            if let prompt = d.prompts.first { put(prompt, size: stage.minText, lines: 3) }
        }
        if let g = results.largestGaps.first, let d = names[g.dimensionID], (g.gap ?? 0) > 0 {
            rest = rest.sliceTop(stage.gap).1
            put(stage.t(WorkshopTexts.largestGap), size: stage.minText, weight: .bold, lines: 2)
            put("\(d.name): " + stage.t(WorkshopTexts.gap(WorkshopRenderer.score(g.importanceMean, stage.language),
                                                          WorkshopRenderer.score(g.experienceMean, stage.language))),
                size: stage.minText, lines: 2)
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
