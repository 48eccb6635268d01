import FoundationEssentials
import SamskapCore
import SamskapGraphics
import SamskapGtk

/// The settings of the screen chosen in the agenda editor, only those its kind uses: the round it is about, how the
/// statements show, the expected count, the indicator, the timer's length and the coordinator's notes.
///
/// Each change is saved at once as one undoable step (typing in a field undoes as one). The controls are built once per
/// screen and refreshed from the saved agenda after every change, so an undo shows at once; a number that is not
/// valid stays in its field with a message until corrected, and nothing is saved from it.
@MainActor
final class WorkshopScreenSettings {
    let root = Box(.vertical, spacing: 6)
    private weak var main: MainWindow?
    private var screenID: UUID?
    /// What the controls were built for: the screen, its place, and the rounds and indicators offered.
    private var builtFor: String?
    /// True while the controls are set from the saved agenda, so that setting them saves nothing.
    private var filling = false
    private var refreshers: [@MainActor (WorkshopScreen) -> Void] = []
    /// The saved value each text field last showed: a field is rewritten only when the saved value changed under it.
    private var shown: [String: String] = [:]

    init(main: MainWindow) {
        self.main = main
    }

    /// Shows the settings of the screen with the id; nil: a line saying how to choose one.
    func show(_ id: UUID?) {
        screenID = id
        render()
    }

    /// Brings the controls up to date with the saved agenda.
    func render() {
        guard let main else { return }
        let document = main.state.document
        let screens = document.workshop?.screens ?? []
        guard let id = screenID, let index = screens.firstIndex(where: { $0.id == id }) else {
            if builtFor != "" { buildHint() }
            return
        }
        let screen = screens[index]
        let key = "\(id) \(index) " + document.rounds.map { "\($0.id)\($0.label)\($0.date)" }.joined()
            + document.indicators.map { "\($0.id)\($0.name)\($0.level)" }.joined()
        if key != builtFor {
            builtFor = key
            build(screen, position: index + 1, document: document)
        }
        filling = true
        defer { filling = false }
        for refresh in refreshers { refresh(screen) }
    }

    private func buildHint() {
        builtFor = ""
        reset()
        let (group, content) = Form.groupView(tr("Screen settings"))
        content.append(Label(tr("Choose a screen in the list to see its settings."), classes: ["dim-label"], wrap: true))
        root.append(group)
    }

    private func reset() {
        root.removeAll()
        refreshers = []
        shown = [:]
    }

    private func build(_ screen: WorkshopScreen, position: Int, document: ProjectDocument) {
        reset()
        let kindName = screen.kind.name(Translations.language)
        let (group, content) = Form.groupView(trf("Screen %1$s: %2$s", String(position), kindName))
        content.setAccessibleName(trf("Settings of screen %1$s: %2$s", String(position), kindName))
        let rounds = Array(document.roundsByDate.reversed())
        let roundNames = rounds.map { trf("%1$s (%2$s)", $0.label, $0.date.formatted(Translations.language)) }
        switch screen.kind {
        case .rating:
            content.append(roundChoice(tr("Round"), first: tr("A new round, started with N on the screen"), rounds, roundNames,
                                                \.roundID))
            content.append(choice(tr("Statements asked"), [tr("Short round: one statement per field and value"),
                                                                     tr("Full round: every statement")],
                                           get: { $0.isShortRound ? 0 : 1 }, set: { $0.isShortRound = $1 == 0 }))
            content.append(choice(tr("Statements shown"), [tr("All on one screen"), tr("One by one")],
                                           get: { $0.allOnOneScreen ? 0 : 1 }, set: { $0.allOnOneScreen = $1 == 0 }))
            content.append(number(tr("Expected respondents"), key: "expected", range: 0...1000,
                                           hint: tr("How many you expect to answer; 0 counts everyone entered so far."),
                                           invalid: { trf("“%1$s” is not a whole number from 0 to 1000. Type how many people you expect, e.g. 15, or 0.", $0) },
                                           get: \.expectedCount))
        case .reveal:
            content.append(roundChoice(tr("Round"), first: tr("The round of the rating screen before it"), rounds, roundNames,
                                                \.roundID))
            content.append(roundChoice(tr("Previous round beside it"), first: tr("The round before it"), rounds, roundNames,
                                                \.previousRoundID))
        case .groups:
            content.append(roundChoice(tr("Round"), first: tr("The round of the rating screen before it"), rounds, roundNames,
                                                \.roundID))
            content.append(Label(tr("The screen compares the sectors and the two groups named under “Groups to compare”."),
                                                  classes: ["dim-label"], wrap: true))
        case .indicators:
            content.append(indicatorChoice(document.indicators))
        case .timer:
            content.append(number(tr("Length in seconds"), key: "seconds", range: 10...36_000,
                                           hint: tr("How long the count-down runs: 300 is five minutes."),
                                           invalid: { trf("“%1$s” is not a whole number of seconds from 10 to 36000. Type e.g. 300 for five minutes.", $0) },
                                           get: \.seconds))
        case .title, .model, .position, .mentalRooms, .decisions:
            break
        }
        content.append(notes())
        root.append(group)
    }

    /// Saves a change of the shown screen; `key`: changes with the same key in a row undo together.
    private func save(_ key: String?, _ change: @escaping (inout WorkshopScreen) -> Void) {
        guard let id = screenID else { return }
        main?.editAgenda(coalescing: key.map { "workshop.\(id).\($0)" }) { agenda in
            if let i = agenda.screens.firstIndex(where: { $0.id == id }) { change(&agenda.screens[i]) }
        }
    }

    /// A drop-down whose index `get` reads from and `set` writes to the screen.
    private func choice(_ caption: String, _ items: [String], get: @escaping (WorkshopScreen) -> Int,
                        set: @escaping (inout WorkshopScreen, Int) -> Void) -> GtkView {
        let dropDown = DropDown(name: caption, items: items)
        dropDown.horizontalAlignment = .start
        // The drop-down's own handler holds it weakly: one that held it would keep it alive (the refresher may hold it,
        // as the settings, not the drop-down, keep the refreshers).
        dropDown.onSelect(dropDown) { [weak self] dropDown in
            guard let self, !self.filling else { return }
            let index = dropDown.selected
            self.save(nil) { set(&$0, index) }
        }
        refreshers.append { dropDown.select(get($0)) }
        return Form.field(caption, dropDown).root
    }

    /// A round, newest first, after the first item that stands for none (the kind's default).
    private func roundChoice(_ caption: String, first: String, _ rounds: [AssessmentRound], _ names: [String],
                             _ path: WritableKeyPath<WorkshopScreen, UUID?>) -> GtkView {
        let ids = rounds.map(\.id)
        return choice(caption, [first] + names,
                      get: { screen in screen[keyPath: path].flatMap { ids.firstIndex(of: $0) }.map { $0 + 1 } ?? 0 },
                      set: { screen, index in screen[keyPath: path] = index > 0 && index <= ids.count ? ids[index - 1] : nil })
    }

    /// The indicator shown: the first key indicator, a result level's (its first key indicator), or one by name.
    private func indicatorChoice(_ indicators: [Indicator]) -> GtkView {
        let levels = IndicatorLevel.allCases
        let items = [tr("The first key indicator")] + levels.map { trf("Result level %1$s: its first key indicator", term($0)) }
            + indicators.map { trf("%1$s (%2$s)", $0.name, term($0.level)) }
        let ids = indicators.map(\.id)
        return choice(tr("Indicator shown"), items, get: { screen in
            if let id = screen.indicatorID, let k = ids.firstIndex(of: id) { return 1 + levels.count + k }
            if let level = screen.resultLevel.flatMap(IndicatorLevel.init(rawValue:)), let k = levels.firstIndex(of: level) { return 1 + k }
            return 0
        }, set: { screen, index in
            screen.indicatorID = index > levels.count && index - levels.count - 1 < ids.count ? ids[index - levels.count - 1] : nil
            screen.resultLevel = index >= 1 && index <= levels.count ? levels[index - 1].rawValue : nil
        })
    }

    /// A whole number in `range`, saved as typed; anything else keeps the saved value and says what to type.
    private func number(_ caption: String, key: String, range: ClosedRange<Int>, hint: String, invalid: @escaping (String) -> String,
                        get: WritableKeyPath<WorkshopScreen, Int>) -> GtkView {
        let entry = Entry(name: caption)
        entry.widthChars = 8
        entry.horizontalAlignment = .start
        let field = Form.field(caption, entry, hint: hint)
        let message = field.message
        // As for a choice: the entry's own handler holds it and its message weakly, the refresher strongly.
        entry.onChanged(entry) { [weak self, weak message] entry in
            guard let self, let message, !self.filling else { return }
            let text = entry.text.trimmingSpaces()
            let value = text.isEmpty && range.contains(0) ? 0 : Int(text)
            guard let value, range.contains(value) else {
                FieldMessage.show(message, on: entry, invalid(text))
                return
            }
            FieldMessage.show(message, on: entry, nil)
            self.shown[key] = String(value)
            self.save(key) { $0[keyPath: get] = value }
        }
        refreshers.append { [weak self] screen in
            guard let self else { return }
            let saved = String(screen[keyPath: get])
            guard self.shown[key] != saved else { return }
            self.shown[key] = saved
            entry.text = saved
            FieldMessage.show(message, on: entry, nil)
        }
        return field.root
    }

    /// The coordinator's notes, never on the big screen.
    private func notes() -> GtkView {
        let view = TextView(name: tr("Notes for the coordinator"), minHeight: 72)
        view.onChange(view) { [weak self] view in
            guard let self, !self.filling else { return }
            let text = view.text
            self.shown["notes"] = text
            self.save("notes") { $0.notes = text }
        }
        refreshers.append { [weak self] screen in
            guard let self, self.shown["notes"] != screen.notes else { return }
            self.shown["notes"] = screen.notes
            view.text = screen.notes
        }
        return Form.field(tr("Notes for the coordinator"), view.frame, hint: tr("For you only: the big screen never shows them.")).root
    }
}
