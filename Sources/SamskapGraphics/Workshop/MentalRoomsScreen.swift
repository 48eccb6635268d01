import SamskapCore

/// Screen 7: the four mental rooms in their figure's places (past left, future right; negative above, positive
/// below), each with how often the room spoke in it and the coordinator's note of what was said. The room chosen
/// last (its key pressed) is outlined: a note goes there.
enum MentalRoomsScreen {
    static func draw(_ scene: WorkshopScene, on stage: WorkshopStage) -> String {
        let area = stage.heading(stage.t(WorkshopTexts.kind(.mentalRooms)), in: stage.content)
        let (hint, grid) = area.sliceBottom(stage.minText * 2)
        let places: [(MentalRoom, Double, Double)] = [(.complaining, 0, 0), (.worrying, 1, 0), (.reminiscing, 0, 1), (.wishes, 1, 1)]
        var parts = [stage.t(WorkshopTexts.kind(.mentalRooms))]
        for (room, column, row) in places {
            let k = MentalRoom.allCases.firstIndex(of: room)!
            let count = k < scene.screen.roomCounts.count ? scene.screen.roomCounts[k] : 0
            let note = k < scene.screen.roomNotes.count ? scene.screen.roomNotes[k].trimmed() : ""
            let cell = ChartRect(x: grid.x + column * grid.width / 2, y: grid.y + row * grid.height / 2,
                                 width: grid.width / 2, height: grid.height / 2).insetBy(stage.gap / 2, stage.gap / 2)
            if scene.room == k {
                // A frame in the importance colour, so the chosen room stands out on every theme.
                let w = max(3, stage.gap / 4)
                stage.fill(cell.insetBy(-w, -w), stage.palette.importance, radius: stage.gap + w)
                stage.fill(cell, stage.palette.background, radius: stage.gap)
            }
            stage.fill(cell, room == .wishes ? stage.palette.experience.opacity(0.28) : stage.palette.surface, radius: stage.gap)
            let inner = cell.insetBy(stage.gap, stage.gap)
            let name = stage.t(WorkshopTexts.room(room))
            let nameHeight = stage.text(name, in: inner, size: stage.body, weight: .bold, lines: 2)?.height ?? 0
            let (keyLine, rest) = inner.sliceTop(nameHeight).1.sliceBottom(stage.minText * 1.4)
            stage.text(stage.t(WorkshopTexts.roomKey(k + 1)), in: keyLine, size: stage.minText, color: stage.palette.muted)
            if note.isEmpty {
                stage.text("\(count)", in: rest, size: stage.heading, weight: .bold, align: .center, vertical: .middle)
                parts.append("\(name): \(count)")
            } else {
                // The tally to the left, the note beside it in as many lines as the room has, ending in … if longer.
                let (countBox, noteBox) = rest.sliceLeft(stage.heading * 1.8)
                stage.text("\(count)", in: countBox, size: stage.heading, weight: .bold, align: .center, vertical: .middle)
                let lines = max(1, Int(noteBox.height / (stage.minText * 1.25)))
                stage.text(note, in: noteBox.insetBy(stage.gap / 2, 0), size: stage.minText, vertical: .middle, lines: lines)
                parts.append("\(name): \(count). \(note)")
            }
        }
        stage.text(stage.t(WorkshopTexts.roomsHint), in: hint, size: stage.minText, color: stage.palette.muted, align: .center)
        return parts.joined(separator: ". ")
    }
}
