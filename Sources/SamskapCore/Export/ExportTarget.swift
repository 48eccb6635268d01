import FoundationEssentials
import Glibc

/// The one way every export (report, chart, JSON, CSV; command line and window) reaches its file.
///
/// The target is checked before anything is written and again just before the new file takes its name: a folder,
/// anything that is not a regular file, the project being exported (by inode, whatever its name) and any Samskap
/// project (by its header) are refused. The content is written to a hidden file in the target's folder and renamed
/// into place when complete, so a failed export leaves the old file, or nothing, behind.
public struct ExportTarget: Sendable {
    /// Who may read a new file: exports with people's names and contacts are the owner's alone.
    public enum Privacy: Sendable {
        /// Mode 0600: JSON and CSV, which carry personal data.
        case personal
        /// As the umask allows: reports and charts, made to be shared.
        case shared
    }

    /// Where the file goes, with a symbolic link resolved to the file it points at.
    public let path: String
    /// The name as the user gave it, for messages.
    public let displayName: String
    /// The mode of the regular file the export replaces; nil for a new file.
    let replacedMode: mode_t?
    private let protected: [FileIdentity]

    /// Checks that `url` may receive an export.
    ///
    /// - Parameter sources: the files the export is made from (the open project); the target may never be one of them.
    /// - Throws: `ExportTargetError` naming the problem and what to do.
    public init(_ url: URL, protecting sources: [URL] = []) throws {
        displayName = url.path
        protected = sources.compactMap { FileIdentity(path: $0.path) }
        var path = url.path
        var info = stat()
        if lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK {
            guard let resolved = realpath(path, nil) else { throw ExportTargetError.notRegularFile(url.path) }
            path = String(cString: resolved)
            free(resolved)
        }
        self.path = path
        replacedMode = try Self.inspect(path, display: url.path, protected: protected)
    }

    /// Writes the export: `body` fills the hidden file at the path it is given, which is then moved into place.
    public func write(privacy: Privacy, _ body: (String) throws -> Void) throws {
        let folder = PathParts.folder(of: path)
        let name = PathParts.name(of: path)
        let temporary = folder + "/." + name + "." + String(UUID().uuidString.prefix(8)) + ".tmp"
        let fd = open(temporary, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, privacy == .personal ? 0o600 : 0o666)
        guard fd >= 0 else { throw ExportTargetError.failure(displayName, errno: errno) }
        // A replaced file keeps the mode its owner gave it.
        if let replacedMode { fchmod(fd, replacedMode & 0o7777) }
        close(fd)
        var moved = false
        defer { if !moved { unlink(temporary) } }
        do {
            try body(temporary)
        } catch {
            // Writers such as cairo say only that writing failed; a full disk is worth saying as such.
            if Self.isFull(folder) { throw ExportTargetError.failure(displayName, errno: ENOSPC) }
            throw error
        }
        try Self.flush(temporary, display: displayName)
        // The target may have changed while the content was made.
        _ = try Self.inspect(path, display: displayName, protected: protected)
        guard rename(temporary, path) == 0 else { throw ExportTargetError.failure(displayName, errno: errno) }
        moved = true
        let dir = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dir >= 0 {
            fsync(dir)
            close(dir)
        }
    }

    /// Writes `bytes` as the export.
    public func write(_ bytes: some Collection<UInt8>, privacy: Privacy) throws {
        try write(privacy: privacy) { temporary in
            let fd = open(temporary, O_WRONLY | O_TRUNC | O_CLOEXEC)
            guard fd >= 0 else { throw ExportTargetError.failure(displayName, errno: errno) }
            defer { close(fd) }
            let array = Array(bytes)
            var done = 0
            while done < array.count {
                let n = array.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + done, array.count - done) }
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { throw ExportTargetError.failure(displayName, errno: n < 0 ? errno : EIO) }
                done += n
            }
        }
    }

    /// The mode of the file at `path` if it may be replaced, nil if there is none; throws why it may not.
    private static func inspect(_ path: String, display: String, protected: [FileIdentity]) throws -> mode_t? {
        var info = stat()
        guard stat(path, &info) == 0 else {
            guard errno == ENOENT else { throw ExportTargetError.failure(display, errno: errno) }
            var folder = stat()
            let parent = PathParts.folder(of: path)
            guard stat(parent, &folder) == 0, folder.st_mode & S_IFMT == S_IFDIR else { throw ExportTargetError.folderMissing(display) }
            if isSidecarOfProject(path) { throw ExportTargetError.projectFile(display) }
            return nil
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: throw ExportTargetError.folder(display)
        case S_IFREG: break
        default: throw ExportTargetError.notRegularFile(display)
        }
        let identity = FileIdentity(info)
        if protected.contains(identity) { throw ExportTargetError.sourceProject(display) }
        if ProjectFileSignature.matches(path: path) || isSidecarOfProject(path) { throw ExportTargetError.projectFile(display) }
        return info.st_mode
    }

    /// A journal, WAL or shared-memory file beside a project is part of it.
    private static func isSidecarOfProject(_ path: String) -> Bool {
        for suffix in ["-wal", "-shm", "-journal"] where path.hasSuffix(suffix) {
            if ProjectFileSignature.matches(path: String(path.dropLast(suffix.count))) { return true }
        }
        return false
    }

    /// Whether the file system holding `folder` has (almost) no block left for this user, the hidden file included.
    private static func isFull(_ folder: String) -> Bool {
        var info = statvfs()
        guard statvfs(folder, &info) == 0 else { return false }
        return (geteuid() == 0 ? info.f_bfree : info.f_bavail) < 16
    }

    private static func flush(_ path: String, display: String) throws {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw ExportTargetError.failure(display, errno: errno) }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw ExportTargetError.failure(display, errno: errno) }
    }
}

/// A file by device and inode, so that two names of one file are known as one.
private struct FileIdentity: Equatable, Sendable {
    let device: UInt64
    let inode: UInt64

    init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }

    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        self.init(info)
    }
}

/// Path splitting on plain strings: FoundationEssentials has no NSString path API.
private enum PathParts {
    static func name(of path: String) -> String {
        path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
    }

    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
