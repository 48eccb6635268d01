import SamskapCore
import SamskapGtk

/// A small button beside a framework that opens a short explanation of it in a popover: a sentence or two, then a
/// line per step, phase or level, in our own words (`data/frameworks`). Short on purpose: not a wall of text.
@MainActor
enum FrameworkHelp {
    enum Topic {
        case staircase, circle, coCreation, resultLevels
        /// The model's four values and seven action fields, with the summaries the report prints.
        case values, actionFields
    }

    private static var guides: [Language: FrameworkGuide] = [:]

    /// The guide in the window's language, read once; nil when the data folder lacks it (the button then hides).
    static func guide() -> FrameworkGuide? {
        let language = Translations.language
        if let guide = guides[language] { return guide }
        guard let guide = try? FrameworkGuide.load(language) else { return nil }
        guides[language] = guide
        return guide
    }

    /// The button, hidden when the explanation cannot be read.
    static func button(_ topic: Topic) -> MenuButton {
        guard let (title, intro, items) = content(topic) else {
            let button = MenuButton(icon: "help-about-symbolic", name: "")
            button.isVisible = false
            return button
        }
        let button = MenuButton(icon: "help-about-symbolic", name: trf("What is this? %1$s", title))
        button.horizontalAlignment = .start
        let box = Box(.vertical, spacing: 6)
        box.setMargins(8)
        box.append(line(title, classes: ["heading"]), line(intro))
        for (itemName, text) in items { box.append(line("\(itemName): \(text)")) }
        button.setPopover(Popover(box))
        return button
    }

    /// A wrapping line of the explanation, kept narrow enough to read at a glance.
    private static func line(_ text: String, classes: [String] = []) -> Label {
        let label = Label(text, classes: classes, wrap: true)
        label.maxWidthChars = 48
        return label
    }

    /// Title, a sentence or two, and a line per item; nil when the content cannot be read.
    private static func content(_ topic: Topic) -> (String, String, [(String, String)])? {
        switch topic {
        case .values, .actionFields:
            guard let model = ProcessContent.model else { return nil }
            let dimensions = topic == .values ? model.values : model.fields
            let title = topic == .values ? tr("The four values") : tr("The seven action fields")
            let intro = topic == .values
                ? tr("What the partners hold to in how they work together. Each is rated by how it is lived and how much it matters.")
                : tr("Where the co-creation is done in practice. Each is rated by how it is lived and how much it matters.")
            return (title, intro, dimensions.map { ("\($0.number). \($0.name)", $0.summary) })
        default:
            guard let guide = guide() else { return nil }
            let section = self.section(topic, of: guide)
            return (section.title, section.intro, section.items.map { (itemName(topic, $0.id), $0.text) })
        }
    }

    private static func section(_ topic: Topic, of guide: FrameworkGuide) -> FrameworkGuide.Section {
        switch topic {
        case .staircase: guide.staircase
        case .circle: guide.circle
        case .coCreation: guide.coCreation
        case .resultLevels: guide.resultLevels
        case .values, .actionFields: preconditionFailure("the values and action fields come from the model, not the guide")
        }
    }

    /// The item's name as the window writes the term elsewhere.
    private static func itemName(_ topic: Topic, _ id: String) -> String {
        switch topic {
        case .staircase: StaircaseStep(rawValue: id).map(term) ?? id
        case .circle: CirclePhase(rawValue: id).map(term) ?? id
        case .resultLevels: IndicatorLevel(rawValue: id).map(term) ?? id
        case .coCreation: id == "thin" ? tr("Thin") : tr("Thick")
        case .values, .actionFields: preconditionFailure("the values and action fields come from the model, not the guide")
        }
    }
}
