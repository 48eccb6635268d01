import Glibc

/// Why an export was not written; the message names the target, the problem and the way out.
public enum ExportTargetError: Error, Equatable, UserFacingError {
    /// The target is a folder (given as the user wrote it).
    case folder(String)
    /// The target exists but is not a regular file: a device, a pipe, a socket, a dangling link.
    case notRegularFile(String)
    /// The target is the project being exported, under this or another name.
    case sourceProject(String)
    /// The target is a Samskap project file (or part of one), recognised by its content.
    case projectFile(String)
    /// The folder the target should be in does not exist.
    case folderMissing(String)
    /// The system refused to write (path, errno).
    case failure(String, errno: Int32)

    public func message(_ language: Language) -> String {
        let nb = language == .nb
        switch self {
        case let .folder(path):
            return nb ? "«\(path)» er en mappe. Oppgi et filnavn i mappen, for eksempel «\(path)/rapport.pdf»."
                      : "“\(path)” is a folder. Give a file name inside it, for example “\(path)/report.pdf”."
        case let .notRegularFile(path):
            return nb ? "«\(path)» er ikke en vanlig fil, og Samskap skriver ikke over den. Velg et annet filnavn."
                      : "“\(path)” is not a regular file, and Samskap will not write over it. Choose another file name."
        case let .sourceProject(path):
            return nb ? "«\(path)» er prosjektfilen du eksporterer fra. Velg et annet filnavn, så blir prosjektet som det er."
                      : "“\(path)” is the project file you are exporting from. Choose another file name, so the project stays as it is."
        case let .projectFile(path):
            return nb ? "«\(path)» er en Samskap-prosjektfil, og en eksport skriver aldri over et prosjekt. Velg et annet filnavn."
                      : "“\(path)” is a Samskap project file, and an export never writes over a project. Choose another file name."
        case let .folderMissing(path):
            return nb ? "Mappen for «\(path)» finnes ikke. Lag mappen først, eller velg en annen."
                      : "The folder for “\(path)” does not exist. Create it first, or choose another."
        case let .failure(path, code):
            if code == ENOSPC || code == EDQUOT {
                return nb ? "Disken er full, så «\(path)» ble ikke skrevet. Frigjør plass eller velg en annen disk, og prøv igjen."
                          : "The disk is full, so “\(path)” was not written. Free some space or choose another disk, and try again."
            }
            if code == EACCES || code == EPERM || code == EROFS {
                return nb ? "Du har ikke lov til å skrive «\(path)». Velg en mappe du kan skrive i."
                          : "You may not write “\(path)”. Choose a folder you can write to."
            }
            let reason = String(cString: strerror(code))
            return nb ? "Klarte ikke å skrive «\(path)» (\(reason)). Sjekk mappen og ledig plass, og prøv igjen."
                      : "Could not write “\(path)” (\(reason)). Check the folder and free space, and try again."
        }
    }
}
