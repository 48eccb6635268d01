/// An error a person will read: it names the thing, the problem and the way out, in both languages.
public protocol UserFacingError: Error {
    /// The message in the given language.
    func message(_ language: Language) -> String
}
