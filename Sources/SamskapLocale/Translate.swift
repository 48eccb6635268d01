/// The functions every module translates with. Source texts are English; `po/samskap.pot` is extracted from
/// them by xgettext with the keywords `tr`, `trf`, `trn:1,2`, `trc:1c,2`, `trcf:1c,2`, `LocalizedText`, `forCount:1,2` and `inContext:1c,2`
/// (po/update-pot.sh). Never pass an interpolated string: use placeholders
/// `%1$s`, `%2$s`… that a translation may reorder.

/// The text in the language of this process (or in `language`).
public func tr(_ text: String, in language: Language? = nil) -> String {
    Catalogue.translate(text, in: language)
}

/// The text with its placeholders `%1$s`, `%2$s`… filled in, in the language of this process.
public func trf(_ text: String, _ arguments: String...) -> String {
    Format.fill(Catalogue.translate(text), arguments)
}

/// The text with its placeholders filled in, in `language`.
public func trf(_ text: String, in language: Language?, _ arguments: String...) -> String {
    Format.fill(Catalogue.translate(text, in: language), arguments)
}

/// The singular or plural text for `count`, as the language's plural rule chooses, with its placeholders
/// filled in: with `arguments` when given, else `%1$s` with the count.
/// `trn("%1$s partner", "%1$s partners", n)`.
public func trn(_ singular: String, _ plural: String, _ count: Int, in language: Language? = nil, _ arguments: String...) -> String {
    Format.fill(Catalogue.translate(singular, plural: plural, count: count, in: language),
                arguments.isEmpty ? [String(count)] : arguments)
}

/// A short text that means different things in different places: `context` tells them apart
/// (gettext's msgctxt), `trc("chart axis", "Round")`.
public func trc(_ context: String, _ text: String, in language: Language? = nil) -> String {
    Catalogue.translate(text, context: context, in: language)
}

/// A text with a context and placeholders.
public func trcf(_ context: String, _ text: String, in language: Language? = nil, _ arguments: String...) -> String {
    Format.fill(Catalogue.translate(text, context: context, in: language), arguments)
}

/// A text to translate later, when its language is known: a domain term, a message built before it is shown.
/// The English source text (the catalogue's key), its context when it has one, and what fills its placeholders.
public struct LocalizedText: Hashable, Sendable {
    /// The English text, which is also the catalogue's key.
    public let english: String
    /// gettext's msgctxt; nil for most texts.
    public let context: String?
    /// What fills `%1$s`, `%2$s`… in a language: names quoted the language's way, numbers and dates written its way.
    private let arguments: @Sendable (Language) -> [String]
    /// The plural text and the count that chooses between the two, for a counted text.
    private var plural: String? = nil
    private var count = 1

    /// A text, with placeholders filled by fixed arguments; xgettext finds it by the keyword `LocalizedText`.
    public init(_ english: String, _ fixed: String...) {
        self.english = english
        self.context = nil
        self.arguments = { _ in fixed }
    }

    /// A text whose arguments are written in the language it is shown in.
    public init(_ english: String, arguments: @escaping @Sendable (Language) -> [String]) {
        self.english = english
        self.context = nil
        self.arguments = arguments
    }

    /// A short text whose meaning depends on where it stands: `context` is gettext's msgctxt
    /// (xgettext keyword `inContext:1c,2`).
    /// The singular or plural text for `count`, its `%1$s` filled with the count (xgettext keyword `forCount:1,2`).
    public static func forCount(_ singular: String, _ plural: String, _ count: Int) -> LocalizedText {
        LocalizedText(singular: singular, plural: plural, count: count)
    }

    public static func inContext(_ context: String, _ english: String) -> LocalizedText {
        LocalizedText(context: context, english: english)
    }

    private init(singular: String, plural: String, count: Int) {
        self.english = singular
        self.context = nil
        self.plural = plural
        self.count = count
        self.arguments = { _ in [String(count)] }
    }

    private init(context: String, english: String) {
        self.english = english
        self.context = context
        self.arguments = { _ in [] }
    }

    /// The text in `language`.
    public func text(_ language: Language) -> String {
        Format.fill(Catalogue.translate(english, plural: plural, count: count, context: context, in: language), arguments(language))
    }

    /// The text in the language of this process.
    public var translated: String { text(Language.current) }

    /// The text in English, for logs and `description`.
    public var en: String { text(.en) }

    public static func == (a: LocalizedText, b: LocalizedText) -> Bool {
        a.english == b.english && a.context == b.context && a.plural == b.plural && a.count == b.count && a.arguments(.en) == b.arguments(.en)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(english)
        hasher.combine(context)
    }
}
