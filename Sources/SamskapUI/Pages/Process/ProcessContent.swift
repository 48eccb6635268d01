import SamskapCore

/// The model of figure 5 (statements and reflection prompts) in the window's language, read once.
@MainActor
enum ProcessContent {
    /// The model, or nil when `data/model` cannot be read (the page then says so).
    static let model: ModelContent? = try? ModelContent.load(Translations.language)

    /// Every statement in the order people answer them: action fields first, then values, as in the results.
    static let statements: [(dimension: ModelDimension, statement: Statement)] =
        (model?.allDimensions ?? []).flatMap { d in d.statements.map { (d, $0) } }
}
