import FoundationEssentials
import SamskapCore

/// The language of the window and its catalog, found once per process.
public enum Translations {
    /// The language asked for by the environment.
    public static let language: Language = Language.fromEnvironment()

    /// The catalog of that language from `Resources/po`.
    public static let catalog: Catalog = Catalog.load(language, resources: ResourceLocator.standard.resources)
}

/// Translates a text shown to people. Source texts are English; extract with
/// `xgettext -L C --keyword=tr` (`_` is a keyword in Swift, so the marker is `tr`).
/// Never pass an interpolated string: use `trf` with positional placeholders.
public func tr(_ text: String) -> String {
    Translations.catalog.translate(text)
}

/// Translates a text with positional placeholders `%1$s`, `%2$s`… (a translation may reorder them)
/// and fills them in.
public func trf(_ text: String, _ arguments: String...) -> String {
    Format.fill(Translations.catalog.translate(text), arguments)
}

/// The name of a domain term in the window's language.
public func term<T: Term>(_ value: T) -> String {
    value.name(Translations.language)
}
