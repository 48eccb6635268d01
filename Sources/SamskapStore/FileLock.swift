import FoundationEssentials
import Glibc
import Synchronization

/// An exclusive hold on a project file, so that two windows or programs never edit it at once.
///
/// Between processes: `flock` on the file itself, which the kernel releases when the process ends, even by SIGKILL,
/// so a crash never leaves a stale lock (unlike a lock file). Within one process: a registry of open files, checked
/// first, because closing a second descriptor of a file SQLite has open would drop SQLite's own POSIX locks.
final class FileLock {
    private struct FileID: Hashable { let device: UInt64; let inode: UInt64 }

    private static let openFiles = Mutex<Set<FileID>>([])

    private var fd: Int32
    private let id: FileID

    private init(fd: Int32, id: FileID) {
        self.fd = fd
        self.id = id
    }

    /// Takes the lock, or returns nil when this or another process holds it.
    static func acquire(path: String) throws -> FileLock? {
        var info = stat()
        guard stat(path, &info) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        let id = FileID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        let isNew = openFiles.withLock { $0.insert(id).inserted }
        guard isNew else { return nil }
        let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            let code = errno
            _ = openFiles.withLock { $0.remove(id) }
            throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
        }
        var rc: Int32
        repeat { rc = flock(fd, LOCK_EX | LOCK_NB) } while rc != 0 && errno == EINTR
        guard rc == 0 else {
            Glibc.close(fd)
            _ = openFiles.withLock { $0.remove(id) }
            return nil
        }
        return FileLock(fd: fd, id: id)
    }

    /// Lets go of the file; call after SQLite has closed it. Safe to call twice.
    func release() {
        guard fd >= 0 else { return }
        flock(fd, LOCK_UN)
        Glibc.close(fd)
        fd = -1
        _ = FileLock.openFiles.withLock { $0.remove(id) }
    }

    deinit { release() }
}
