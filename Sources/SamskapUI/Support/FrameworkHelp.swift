import CGtk
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

    /// The button; the popover is built the first time it opens.
    static func button(_ topic: Topic) -> Widget {
        let button = gtk_menu_button_new()!
        gtk_menu_button_set_icon_name(samskap_menu_button(button), "help-about-symbolic")
        Widgets.addClasses(button, ["flat"])
        gtk_widget_set_halign(button, GTK_ALIGN_START)
        guard let (title, intro, items) = content(topic) else {
            gtk_widget_set_visible(button, 0)
            return button
        }
        let name = trf("What is this? %1$s", title)
        gtk_widget_set_tooltip_text(button, name)
        Accessibility.setLabel(button, name)
        let box = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 6)
        Widgets.margins(box, 8)
        let heading = Widgets.label(title, classes: ["heading"], wrap: true)
        let introLabel = Widgets.label(intro, wrap: true)
        gtk_label_set_max_width_chars(samskap_label(heading), 48)
        gtk_label_set_max_width_chars(samskap_label(introLabel), 48)
        Widgets.append(box, heading, introLabel)
        for (itemName, text) in items {
            let line = Widgets.label("\(itemName): \(text)", wrap: true)
            gtk_label_set_max_width_chars(samskap_label(line), 48)
            Widgets.append(box, line)
        }
        let popover = gtk_popover_new()!
        gtk_popover_set_child(samskap_popover(popover), box)
        gtk_menu_button_set_popover(samskap_menu_button(button), popover)
        return button
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
