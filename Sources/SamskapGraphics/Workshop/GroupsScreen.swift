import SamskapCore

/// Screen 5: a round compared between groups: each sector, then the coordinator's groups. A group below the anonymity
/// threshold shows only why it is not shown.
enum GroupsScreen {
    static func draw(_ scene: WorkshopScene, on stage: WorkshopStage) -> String {
        var area = stage.heading(stage.t(WorkshopTexts.kind(.groups)), in: stage.content)
        guard let session = RoundSession(screen: scene.screen.id, in: scene.document, model: scene.model) else {
            stage.text(stage.t(WorkshopTexts.noRound), in: area, size: stage.body, lines: 3)
            return stage.t(WorkshopTexts.noRound)
        }
        guard session.status(in: scene.document).isRevealed else {
            let hidden = stage.t(WorkshopTexts.hiddenUntilRevealed)
            stage.text(hidden, in: area, size: stage.body, align: .center, vertical: .middle, lines: 2)
            return "\(stage.t(WorkshopTexts.kind(.groups))). \(hidden)"
        }
        let groups = GroupComparison.compute(round: session.roundID, document: scene.document, model: scene.model) {
            $0.term.text(stage.language)
        }
        var parts = [stage.t(WorkshopTexts.kind(.groups))]
        if groups.isEmpty {
            stage.text(stage.t(WorkshopTexts.noGroups), in: area, size: stage.body, lines: 2)
            return parts.joined(separator: ". ") + ". " + stage.t(WorkshopTexts.noGroups)
        }
        let names = Dictionary(scene.model.allDimensions.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let threshold = max(1, scene.document.project.anonymityThreshold)
        for group in groups where area.height > stage.minText * 1.4 {
            let lines: [(String, Bool)]
            if group.isHidden {
                lines = [(stage.t(WorkshopTexts.groupHidden(group.name, group.respondentCount, threshold)), false)]
            } else {
                let weakest = group.results?.weakest.first, strongest = group.results?.weakest.last
                let describe = { (r: DimensionResult?) in
                    r.map { "\(names[$0.dimensionID] ?? $0.dimensionID) \(WorkshopRenderer.score($0.experienceMean, stage.language))" } ?? "–"
                }
                lines = [(stage.t(WorkshopTexts.groupLine(group.name, group.respondentCount)), true),
                         (stage.t(WorkshopTexts.weakestStrongest(describe(weakest), describe(strongest))), false)]
            }
            for (text, bold) in lines where area.height > stage.minText * 1.4 {
                if let r = stage.text(text, in: area, size: stage.minText, weight: bold ? .bold : .regular,
                                      color: group.isHidden ? stage.palette.muted : nil, lines: 2) {
                    area = area.sliceTop(r.height + stage.gap * 0.5).1
                    parts.append(text)
                }
            }
            area = area.sliceTop(stage.gap).1
        }
        stage.countChart()
        return parts.joined(separator: ". ")
    }
}
