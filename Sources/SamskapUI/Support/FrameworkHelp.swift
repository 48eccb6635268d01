import CGtk
import SamskapCore

/// A small button beside a framework that opens a short explanation of it in a popover: a sentence or two, then a
/// line per step, phase or level, in our own words (`data/frameworks`). Short on purpose: not a wall of text.
@MainActor
enum FrameworkHelp {
    enum Topic {
        case staircase, circle, coCreation, resultLevels
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
        guard let guide = guide() else {
            gtk_widget_set_visible(button, 0)
            return button
        }
        let section = self.section(topic, of: guide)
        let name = trf("What is this? %1$s", section.title)
        gtk_widget_set_tooltip_text(button, name)
        Accessibility.setLabel(button, name)
        let box = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 6)
        Widgets.margins(box, 8)
        let title = Widgets.label(section.title, classes: ["heading"], wrap: true)
        let intro = Widgets.label(section.intro, wrap: true)
        gtk_label_set_max_width_chars(samskap_label(title), 48)
        gtk_label_set_max_width_chars(samskap_label(intro), 48)
        Widgets.append(box, title, intro)
        for item in section.items {
            let line = Widgets.label("\(itemName(topic, item.id)): \(item.text)", wrap: true)
            gtk_label_set_max_width_chars(samskap_label(line), 48)
            Widgets.append(box, line)
        }
        let popover = gtk_popover_new()!
        gtk_popover_set_child(samskap_popover(popover), box)
        gtk_menu_button_set_popover(samskap_menu_button(button), popover)
        return button
    }

    private static func section(_ topic: Topic, of guide: FrameworkGuide) -> FrameworkGuide.Section {
        switch topic {
        case .staircase: guide.staircase
        case .circle: guide.circle
        case .coCreation: guide.coCreation
        case .resultLevels: guide.resultLevels
        }
    }

    /// The item's name as the window writes the term elsewhere.
    private static func itemName(_ topic: Topic, _ id: String) -> String {
        switch topic {
        case .staircase: StaircaseStep(rawValue: id).map(term) ?? id
        case .circle: CirclePhase(rawValue: id).map(term) ?? id
        case .resultLevels: IndicatorLevel(rawValue: id).map(term) ?? id
        case .coCreation: id == "thin" ? tr("Thin") : tr("Thick")
        }
    }
}
