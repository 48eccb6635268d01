import SamskapCore

/// Screen 7: the four mental rooms in their figure's places (past left, future right; negative above, positive
/// below), each with how often the room spoke in it.
enum MentalRoomsScreen {
    static func draw(_ scene: WorkshopScene, on stage: WorkshopStage) -> String {
        let area = stage.heading(stage.t(WorkshopTexts.kind(.mentalRooms)), in: stage.content)
        let (hint, grid) = area.sliceBottom(stage.minText * 2)
        let places: [(MentalRoom, Double, Double)] = [(.complaining, 0, 0), (.worrying, 1, 0), (.reminiscing, 0, 1), (.wishes, 1, 1)]
        var parts = [stage.t(WorkshopTexts.kind(.mentalRooms))]
        for (room, column, row) in places {
            let k = MentalRoom.allCases.firstIndex(of: room)!
            let count = k < scene.screen.roomCounts.count ? scene.screen.roomCounts[k] : 0
            let cell = ChartRect(x: grid.x + column * grid.width / 2, y: grid.y + row * grid.height / 2,
                                 width: grid.width / 2, height: grid.height / 2).insetBy(stage.gap / 2, stage.gap / 2)
            stage.fill(cell, room == .wishes ? stage.palette.experience.opacity(0.28) : stage.palette.surface, radius: stage.gap)
            let inner = cell.insetBy(stage.gap, stage.gap)
            let name = stage.t(WorkshopTexts.room(room))
            let nameHeight = stage.text(name, in: inner, size: stage.body, weight: .bold, lines: 2)?.height ?? 0
            let (keyLine, rest) = inner.sliceTop(nameHeight).1.sliceBottom(stage.minText * 1.4)
            stage.text("\(count)", in: rest, size: stage.heading, weight: .bold, align: .center, vertical: .middle)
            stage.text(stage.t(WorkshopTexts.roomKey(k + 1)), in: keyLine, size: stage.minText, color: stage.palette.muted)
            parts.append("\(name): \(count)")
        }
        stage.text(stage.t(WorkshopTexts.roomsHint), in: hint, size: stage.minText, color: stage.palette.muted, align: .center)
        return parts.joined(separator: ". ")
    }
}
