// The window translates with the same catalogue as the rest of Samskap (`tr`, `trf`, `trn`, `trc` from
// SamskapLocale); every file of the window sees them without an import of its own.
@_exported import SamskapLocale
import SamskapCore

/// The language of the window, found once per process.
public enum Translations {
    /// The language the environment asks for (its content language when the catalogue is one Samskap has no
    /// content in).
    public static var language: Language { Language.current }
}

/// The name of a domain term in the window's language.
public func term<T: Term>(_ value: T) -> String {
    value.name(Translations.language)
}
