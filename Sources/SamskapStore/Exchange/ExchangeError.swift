import FoundationEssentials
import SamskapCore

/// Why a JSON project could not be imported. It names the place in the file (`partners[3].sector`) and the problem;
/// nothing is written when it is thrown.
public struct ExchangeError: UserFacingError, Equatable, CustomStringConvertible {
    /// What is wrong at the place.
    public enum Problem: Equatable, Sendable {
        /// Not JSON at all: what and where (line and column), in both languages.
        case notJSON(LocalizedText)
        /// `format` is not `samskap-project` (nil when missing).
        case wrongFormat(String?)
        /// `formatVersion` is newer than this build reads.
        case newerFormat(Int)
        /// A code that is not one of the allowed values.
        case unknownValue(String)
        /// A required field is missing or null.
        case missing
        /// A value of the wrong kind; the kind expected, in both languages.
        case wrongType(LocalizedText)
        /// A text that should be a day.
        case notADate(String)
        /// A text that should be an id.
        case notAnID(String)
        /// A reference to a record of the named kind that is not in the file.
        case unknownReference(kind: LocalizedText, id: UUID)
        /// An id used twice in the same list; the place of the first use.
        case duplicateID(UUID, firstAt: String)
        /// A number outside the schema's `minimum`/`maximum` (as written in the file); too large for a whole number
        /// when neither bound is given.
        case outOfRange(String, minimum: Double?, maximum: Double?)
        /// A number with a fraction or an exponent where a whole number belongs (as written in the file).
        case notAWholeNumber(String)
        /// A key the schema does not know, such as a misspelt one; refused so that nothing is dropped unseen.
        case unknownKey(String)
        /// A key written twice in the same object.
        case duplicateKey(String)
        /// A value written twice in a list whose values must differ.
        case duplicateItem(String)
        /// The impact step of this kind is also at the given place.
        case duplicateStep(Int, firstAt: String)
        /// Something the checks above did not catch and the decoder refused; its own words are not for people.
        case unreadable
        /// Samskap's own description of the format (at this path) is missing or damaged: the installation, not the file.
        case noSchema(String)
    }

    /// The file's name, when known (the CLI sets it).
    public var file: String?
    /// Where in the file: `partners[3].sector`; empty for the file as a whole.
    public var path: String
    /// What is wrong there.
    public var problem: Problem

    /// Creates an error.
    public init(file: String? = nil, path: String, problem: Problem) {
        self.file = file
        self.path = path
        self.problem = problem
    }

    /// The same error, naming the file it came from.
    public func inFile(_ url: URL) -> ExchangeError {
        var copy = self
        copy.file = url.lastPathComponent
        return copy
    }

    /// The place and the problem, e.g. `partners[3].sector: unknown value "kommune2"`.
    public func detail(_ language: Language) -> String {
        let what: String
        switch problem {
        case let .notJSON(d): what = trf("the file is not valid JSON (%1$s)", in: language, d.text(language))
        case let .wrongFormat(found):
            let shown = found ?? (tr("missing", in: language))
            what = trf("“%1$s” is not a Samskap project (expected “samskap-project”)", in: language, "\(shown)")
        case let .newerFormat(v):
            what = trf("made by a newer Samskap (format version %1$s); update Samskap to import it", in: language, "\(v)")
        case let .unknownValue(v): what = trf("unknown value \"%1$s\"", in: language, "\(v)")
        case .missing: what = tr("missing", in: language)
        case let .wrongType(kind): what = trf("should be %1$s", in: language, kind.text(language))
        case let .notADate(v): what = trf("\"%1$s\" is not a date (YYYY-MM-DD)", in: language, "\(v)")
        case let .notAnID(v): what = trf("\"%1$s\" is not an id (UUID)", in: language, "\(v)")
        case let .unknownReference(kind, id):
            what = trf("refers to %1$s %2$s, which is not in the file", in: language, kind.text(language), "\(id.uuidString)")
        case let .duplicateID(id, first):
            what = trf("the id %1$s is used already, at %2$s", in: language, "\(id.uuidString)", "\(first)")
        case let .outOfRange(v, minimum, maximum):
            let shown = language.isNorwegian ? v.replacing(".", with: ",") : v
            let low = minimum.map { NumberText.grouped($0, language) }, high = maximum.map { NumberText.grouped($0, language) }
            switch (low, high) {
            case let (low?, high?):
                what = trf("%1$s is outside the allowed range, from %2$s to %3$s", in: language, "\(shown)", "\(low)", "\(high)")
            case let (low?, nil): what = trf("%1$s is below the smallest allowed, %2$s", in: language, "\(shown)", "\(low)")
            case let (nil, high?): what = trf("%1$s is above the largest allowed, %2$s", in: language, "\(shown)", "\(high)")
            case (nil, nil): what = trf("%1$s is too large", in: language, "\(shown)")
            }
        case let .notAWholeNumber(v):
            what = trf("%1$s should be a whole number", in: language, language.isNorwegian ? v.replacing(".", with: ",") : v)
        case let .unknownKey(key):
            what = trf("unknown field \"%1$s\"; check its spelling against an export", in: language, "\(key)")
        case let .duplicateKey(key):
            what = trf("the field \"%1$s\" appears twice; keep one", in: language, "\(key)")
        case let .duplicateItem(item):
            what = trf("\"%1$s\" is in the list twice; keep one", in: language, "\(item)")
        case let .duplicateStep(kind, first):
            what = trf("step %1$s is also at %2$s; keep one", in: language, "\(kind)", "\(first)")
        case .unreadable:
            what = tr("could not be read as a Samskap project", in: language)
        case let .noSchema(path):
            what = trf("Samskap’s own description of the format (%1$s) is missing or damaged", in: language, path)
        }
        return path.isEmpty ? what : "\(path): \(what)"
    }

    public func message(_ language: Language) -> String {
        if case .noSchema = problem {
            return trf("The project cannot be imported: %1$s. Nothing was saved; reinstall Samskap and try again.", in: language, detail(language))
        }
        guard let file else {
            return trf("The project cannot be imported: %1$s. Nothing was saved; correct the file and try again.", in: language, detail(language))
        }
        return trf("“%1$s” cannot be imported: %2$s. Nothing was saved; correct the file and try again.", in: language, file, detail(language))
    }

    public var description: String { message(.en) }
}
