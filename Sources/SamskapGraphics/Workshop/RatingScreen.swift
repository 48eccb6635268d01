import SamskapCore

/// Screen 3: a rating round. Shows how many have answered, never what, whatever the reveal flag says: the results
/// have their own screen.
enum RatingScreen {
    static func draw(_ scene: WorkshopScene, on stage: WorkshopStage) -> String {
        let round = scene.screen.roundID.flatMap { id in scene.document.rounds.first { $0.id == id } }
        let title = round.map { "\(stage.t(WorkshopTexts.kind(.rating))): \($0.label)" } ?? stage.t(WorkshopTexts.kind(.rating))
        var area = stage.heading(title, in: stage.content)
        let kindLine = stage.t(scene.screen.isShortRound ? WorkshopTexts.shortRound : WorkshopTexts.fullRound)
        if let r = stage.text(kindLine, in: area, size: stage.minText, color: stage.palette.muted) {
            area = area.sliceTop(r.height + stage.gap * 2).1
        }
        guard round != nil, let session = RoundSession(screen: scene.screen.id, in: scene.document, model: scene.model) else {
            stage.text(stage.t(WorkshopTexts.noRound), in: area, size: stage.body, lines: 3)
            return "\(title). \(stage.t(WorkshopTexts.noRound))"
        }
        if let phones = scene.phones { area = drawCode(phones, in: area, on: stage) }
        let status = session.status(in: scene.document)
        let count = stage.t(WorkshopTexts.answered(status.answered, status.expected))
        let big = stage.heading * 1.4
        let countBox = stage.text(count, in: area.sliceTop(big * 1.4).0, size: big, weight: .bold, align: .center)
        area = area.sliceTop((countBox?.height ?? big) + stage.gap * 2).1
        var parts = [title, kindLine, count]
        if let phones = scene.phones {
            area = drawAddress(phones, in: area, on: stage)
            parts += [stage.t(WorkshopTexts.phonesCode(phones.code)), stage.t(WorkshopTexts.phonesURL(phones.url))]
        }
        if let entry = scene.entry {
            let line = stage.t(WorkshopTexts.entering(entry.respondent, entry.statement, session.statementIDs.count))
            if let r = stage.text(line, in: area, size: stage.body, align: .center) { area = area.sliceTop(r.height + stage.gap).1 }
            parts.append(line)
        }
        let statements = scene.model.allDimensions.flatMap(\.statements)
        let asked = session.statementIDs.compactMap { id in statements.first { $0.id == id } }
        if !scene.screen.allOnOneScreen, !asked.isEmpty {
            let k = min(max(0, (scene.entry?.statement ?? scene.highlight + 1) - 1), asked.count - 1)
            let text = "\(k + 1). \(asked[k].text)"
            stage.text(text, in: area, size: stage.body, align: .center, lines: max(1, Int(area.height / (stage.body * 1.3))))
            parts.append(text)
        } else {
            // Every dimension asked, in two columns: the room sees what the round is about.
            let names = scene.model.allDimensions.filter { d in d.statements.contains { session.statementIDs.contains($0.id) } }
                .map(\.name)
            let perColumn = (names.count + 1) / 2
            let row = stage.minText * 1.45
            let columns = max(1, min(perColumn, Int(area.height / row)))
            for (k, name) in names.enumerated() {
                let column = Double(k / columns), line = Double(k % columns)
                guard k / columns < 2 else { break }
                stage.text(name, in: ChartRect(x: area.x + column * area.width / 2, y: area.y + line * row,
                                               width: area.width / 2 - stage.gap, height: row),
                           size: stage.minText, color: stage.palette.muted)
            }
        }
        parts.append(stage.t(WorkshopTexts.hiddenUntilRevealed))
        return parts.joined(separator: ". ")
    }

    /// The QR code of the phones' address at the right, as high as the area (at 1080 lines a module is well over ten
    /// pixels: a phone scans it from the back of the room). Returns the area left of it for the rest of the screen.
    private static func drawCode(_ phones: WorkshopPhones, in area: ChartRect, on stage: WorkshopStage) -> ChartRect {
        let side = max(stage.minText * 4, min(area.height, area.width * 0.45))
        phones.drawCode(stage.cr, area.x + area.width - side, area.y, side)
        return ChartRect(x: area.x, y: area.y, width: max(0, area.width - side - stage.gap * 2), height: area.height)
    }

    /// The code to type and the address, for a phone that cannot scan; returns the area below them.
    private static func drawAddress(_ phones: WorkshopPhones, in area: ChartRect, on stage: WorkshopStage) -> ChartRect {
        var rest = area
        if let r = stage.text(stage.t(WorkshopTexts.phonesCode(phones.code)), in: rest.sliceTop(stage.heading * 1.4).0,
                              size: stage.heading, weight: .bold) {
            rest = rest.sliceTop(r.height + stage.gap).1
        }
        if let r = stage.text(stage.t(WorkshopTexts.phonesURL(phones.url)), in: rest, size: stage.body, lines: 2) {
            rest = rest.sliceTop(r.height + stage.gap * 2).1
        }
        return rest
    }
}
