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
        let nb = language == .nb
        let what: String
        switch problem {
        case let .notJSON(d): what = nb ? "filen er ikke gyldig JSON (\(d.nb))" : "the file is not valid JSON (\(d.en))"
        case let .wrongFormat(found):
            let shown = found ?? (nb ? "mangler" : "missing")
            what = nb ? "«\(shown)» er ikke et Samskap-prosjekt (ventet «samskap-project»)"
                : "“\(shown)” is not a Samskap project (expected “samskap-project”)"
        case let .newerFormat(v):
            what = nb ? "laget av en nyere versjon av Samskap (formatversjon \(v)); oppdater Samskap for å importere den"
                : "made by a newer Samskap (format version \(v)); update Samskap to import it"
        case let .unknownValue(v): what = nb ? "ukjent verdi «\(v)»" : "unknown value \"\(v)\""
        case .missing: what = nb ? "mangler" : "missing"
        case let .wrongType(kind): what = nb ? "skal være \(kind.nb)" : "should be \(kind.en)"
        case let .notADate(v): what = nb ? "«\(v)» er ikke en dato (ÅÅÅÅ-MM-DD)" : "\"\(v)\" is not a date (YYYY-MM-DD)"
        case let .notAnID(v): what = nb ? "«\(v)» er ikke en id (UUID)" : "\"\(v)\" is not an id (UUID)"
        case let .unknownReference(kind, id):
            what = nb ? "viser til \(kind.nb) \(id.uuidString), som ikke finnes i filen"
                : "refers to \(kind.en) \(id.uuidString), which is not in the file"
        case let .duplicateID(id, first):
            what = nb ? "id \(id.uuidString) er brukt før, i \(first)" : "the id \(id.uuidString) is used already, at \(first)"
        case let .outOfRange(v, minimum, maximum):
            let shown = nb ? v.replacing(".", with: ",") : v
            let low = minimum.map { NumberText.grouped($0, language) }, high = maximum.map { NumberText.grouped($0, language) }
            switch (low, high) {
            case let (low?, high?):
                what = nb ? "\(shown) er utenfor det tillatte området, fra \(low) til \(high)" : "\(shown) is outside the allowed range, from \(low) to \(high)"
            case let (low?, nil): what = nb ? "\(shown) er mindre enn det minste tillatte, \(low)" : "\(shown) is below the smallest allowed, \(low)"
            case let (nil, high?): what = nb ? "\(shown) er større enn det største tillatte, \(high)" : "\(shown) is above the largest allowed, \(high)"
            case (nil, nil): what = nb ? "\(shown) er for stort" : "\(shown) is too large"
            }
        case let .notAWholeNumber(v):
            what = nb ? "\(v.replacing(".", with: ",")) skal være et heltall" : "\(v) should be a whole number"
        case let .unknownKey(key):
            what = nb ? "ukjent felt «\(key)»; sjekk stavemåten mot en eksport" : "unknown field \"\(key)\"; check its spelling against an export"
        case let .duplicateKey(key):
            what = nb ? "feltet «\(key)» står to ganger; behold ett" : "the field \"\(key)\" appears twice; keep one"
        case let .duplicateItem(item):
            what = nb ? "«\(item)» står to ganger i listen; behold én" : "\"\(item)\" is in the list twice; keep one"
        case let .duplicateStep(kind, first):
            what = nb ? "steg \(kind) står også i \(first); behold ett" : "step \(kind) is also at \(first); keep one"
        case .unreadable:
            what = nb ? "kunne ikke leses som et Samskap-prosjekt" : "could not be read as a Samskap project"
        }
        return path.isEmpty ? what : "\(path): \(what)"
    }

    public func message(_ language: Language) -> String {
        if language == .nb {
            let subject = file.map { "«\($0)»" } ?? "Prosjektet"
            return "\(subject) kan ikke importeres: \(detail(.nb)). Ingenting er lagret; rett filen og prøv igjen."
        }
        let subject = file.map { "“\($0)”" } ?? "The project"
        return "\(subject) cannot be imported: \(detail(.en)). Nothing was saved; correct the file and try again."
    }

    public var description: String { message(.en) }
}
