import FoundationEssentials
import SamskapCore

/// Why a project file could not be created, opened, read or saved. Each message names the file,
/// the problem and what to do; the file is left as it was.
public enum ProjectFileError: UserFacingError, Equatable, CustomStringConvertible {
    /// There is no file at the path.
    case notFound(URL)
    /// `create` would overwrite an existing file.
    case alreadyExists(URL)
    /// The folder to create the file in does not exist.
    case folderMissing(URL)
    /// The file is not a Samskap project (a text file, another program's database …).
    case notSamskapFile(URL)
    /// The file was made by a newer Samskap with this schema version.
    case newerVersion(URL, schema: Int)
    /// The file is damaged; the detail is SQLite's own words, for whoever helps.
    case damaged(URL, detail: String)
    /// The file itself may not be written.
    case readOnlyFile(URL)
    /// The folder may not be written (Samskap keeps a journal beside the file).
    case readOnlyLocation(URL)
    /// The disk is full: the edit was not saved.
    case diskFull(URL)
    /// Another Samskap window or program has the file open.
    case alreadyOpen(URL)
    /// An edit refers to something that does not exist (or breaks another rule of the file); nothing was saved.
    case invalidEdit(URL, detail: String)
    /// Reading or writing failed for another reason.
    case ioFailure(URL, detail: String)
    /// The file was closed before this call.
    case closed(URL)
    /// The file holds SQL objects (triggers, views, tables, indexes) Samskap did not make; their names.
    case foreignObjects(URL, names: [String])
    /// A rollback journal lies beside the file; Samskap's files never make one, so it belongs to something else.
    case strayJournal(URL)

    /// The file the error is about.
    public var url: URL {
        switch self {
        case let .notFound(u), let .alreadyExists(u), let .folderMissing(u), let .notSamskapFile(u), let .newerVersion(u, _),
             let .damaged(u, _), let .readOnlyFile(u), let .readOnlyLocation(u), let .diskFull(u), let .alreadyOpen(u),
             let .invalidEdit(u, _), let .ioFailure(u, _), let .closed(u), let .foreignObjects(u, _), let .strayJournal(u):
            return u
        }
    }

    /// The same error about another file: what went wrong in a private copy is told about the user's file.
    func about(_ other: URL) -> ProjectFileError {
        switch self {
        case .notFound: .notFound(other)
        case .alreadyExists: .alreadyExists(other)
        case .folderMissing: .folderMissing(other)
        case .notSamskapFile: .notSamskapFile(other)
        case let .newerVersion(_, schema): .newerVersion(other, schema: schema)
        case let .damaged(_, detail): .damaged(other, detail: detail)
        case .readOnlyFile: .readOnlyFile(other)
        case .readOnlyLocation: .readOnlyLocation(other)
        case .diskFull: .diskFull(other)
        case .alreadyOpen: .alreadyOpen(other)
        case let .invalidEdit(_, detail): .invalidEdit(other, detail: detail)
        case let .ioFailure(_, detail): .ioFailure(other, detail: detail)
        case .closed: .closed(other)
        case let .foreignObjects(_, names): .foreignObjects(other, names: names)
        case .strayJournal: .strayJournal(other)
        }
    }

    public func message(_ language: Language) -> String {
        let name = url.lastPathComponent
        let folder = url.deletingLastPathComponent().path
        let nb: String
        let en: String
        switch self {
        case .notFound:
            nb = "Fant ikke filen «\(name)» i «\(folder)». Sjekk navnet og mappen."
            en = "Could not find the file “\(name)” in “\(folder)”. Check the name and the folder."
        case .alreadyExists:
            nb = "Filen «\(name)» finnes allerede. Samskap skriver ikke over den; velg et annet navn."
            en = "The file “\(name)” already exists. Samskap does not overwrite it; choose another name."
        case .folderMissing:
            nb = "Mappen «\(folder)» finnes ikke, så «\(name)» kan ikke lages der. Velg en mappe som finnes."
            en = "The folder “\(folder)” does not exist, so “\(name)” cannot be made there. Choose a folder that exists."
        case .notSamskapFile:
            nb = "Filen «\(name)» er ikke en Samskap-prosjektfil (eller så skadet at den ikke kan kjennes igjen). Velg en .samskap-fil."
            en = "The file “\(name)” is not a Samskap project file (or too damaged to be recognised). Choose a .samskap file."
        case let .newerVersion(_, schema):
            nb = "Filen «\(name)» er laget av en nyere versjon av Samskap (skjema \(schema)). Oppdater Samskap for å åpne den."
            en = "The file “\(name)” was made by a newer version of Samskap (schema \(schema)). Update Samskap to open it."
        case .damaged:
            nb = "Filen «\(name)» er skadet og kan ikke åpnes trygt. Bruk en sikkerhetskopi, og ta vare på den skadde filen."
            en = "The file “\(name)” is damaged and cannot be opened safely. Use a backup, and keep the damaged file."
        case .readOnlyFile:
            nb = "Filen «\(name)» er skrivebeskyttet, og Samskap lagrer hver endring med en gang. Gi deg selv skrivetilgang, eller kopier filen til en mappe der du kan skrive."
            en = "The file “\(name)” is read-only, and Samskap saves every edit at once. Give yourself write access, or copy the file to a folder where you can write."
        case .readOnlyLocation:
            nb = "Samskap kan ikke skrive i mappen «\(folder)», der «\(name)» ligger. Flytt eller kopier filen til en mappe der du kan skrive."
            en = "Samskap cannot write in the folder “\(folder)” that holds “\(name)”. Move or copy the file to a folder where you can write."
        case .diskFull:
            nb = "Disken er full, så det du gjorde ble ikke lagret i «\(name)», og filen er som før. Frigjør plass og prøv på nytt."
            en = "The disk is full, so what you did was not saved in “\(name)”, and the file is as it was. Free some space and try again."
        case .alreadyOpen:
            nb = "Filen «\(name)» er allerede åpen i et annet Samskap-vindu eller program. Lukk den der først."
            en = "The file “\(name)” is already open in another Samskap window or program. Close it there first."
        case let .invalidEdit(_, detail):
            nb = "Endringen ble ikke lagret i «\(name)» fordi den viser til noe som ikke finnes (\(detail)). Filen er som før."
            en = "The edit was not saved in “\(name)” because it refers to something that does not exist (\(detail)). The file is as it was."
        case let .ioFailure(_, detail):
            nb = "Samskap kunne ikke lese eller skrive «\(name)» (\(detail)). Filen er som før. Sjekk disken og prøv igjen."
            en = "Samskap could not read or write “\(name)” (\(detail)). The file is as it was. Check the disk and try again."
        case .closed:
            nb = "Filen «\(name)» er lukket. Åpne den igjen."
            en = "The file “\(name)” is closed. Open it again."
        case let .foreignObjects(_, names):
            let list = names.prefix(5).joined(separator: ", ")
            nb = "Filen «\(name)» inneholder noe Samskap ikke har laget (\(list)), som kunne endret prosjektet i det skjulte. Samskap åpner den ikke. Bruk en sikkerhetskopi, eller eksporter prosjektet fra programmet som la det til."
            en = "The file “\(name)” holds something Samskap did not make (\(list)), which could change the project behind your back. Samskap will not open it. Use a backup, or export the project from the program that added it."
        case .strayJournal:
            nb = "Ved siden av «\(name)» ligger filen «\(name)-journal». Samskap lager aldri en slik fil, så den hører til noe annet og kunne skadet prosjektet. Flytt den til en annen mappe, og åpne prosjektet igjen."
            en = "Beside “\(name)” lies the file “\(name)-journal”. Samskap never makes such a file, so it belongs to something else and could damage the project. Move it to another folder, and open the project again."
        }
        return language == .nb ? nb : en
    }

    /// The English message, with SQLite's own words about a damage for whoever helps: the user's message leaves them
    /// out, since they say nothing a user can act on.
    public var description: String {
        if case let .damaged(_, detail) = self { return message(.en) + " [\(detail)]" }
        return message(.en)
    }
}
