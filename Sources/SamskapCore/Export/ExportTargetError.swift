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
        switch self {
        case let .folder(path):
            return trf("“%1$s” is a folder. Give a file name inside it, for example “%1$s/report.pdf”.", in: language, "\(path)")
        case let .notRegularFile(path):
            return trf("“%1$s” is not a regular file, and Samskap will not write over it. Choose another file name.", in: language, "\(path)")
        case let .sourceProject(path):
            return trf("“%1$s” is the project file you are exporting from. Choose another file name, so the project stays as it is.", in: language, "\(path)")
        case let .projectFile(path):
            return trf("“%1$s” is a Samskap project file, and an export never writes over a project. Choose another file name.", in: language, "\(path)")
        case let .folderMissing(path):
            return trf("The folder for “%1$s” does not exist. Create it first, or choose another.", in: language, "\(path)")
        case let .failure(path, code):
            if code == ENOSPC || code == EDQUOT {
                return trf("The disk is full, so “%1$s” was not written. Free some space or choose another disk, and try again.", in: language, "\(path)")
            }
            if code == EACCES || code == EPERM || code == EROFS {
                return trf("You may not write “%1$s”. Choose a folder you can write to.", in: language, "\(path)")
            }
            let reason = Catalogue.systemReason(code, in: language)
            return trf("Could not write “%1$s” (%2$s). Check the folder and free space, and try again.", in: language, "\(path)", "\(reason)")
        }
    }
}
