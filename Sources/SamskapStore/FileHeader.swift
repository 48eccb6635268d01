import FoundationEssentials
import Glibc
import SamskapCore

/// The first 100 bytes of an SQLite file, read before SQLite opens it, so that a file that is not ours,
/// or is from a newer Samskap, is refused without SQLite touching it (no journal, no WAL, no change).
struct FileHeader {
    /// `PRAGMA user_version` as stored in the header (offset 60, big-endian).
    let userVersion: Int
    /// `PRAGMA application_id` (offset 68, big-endian).
    let applicationID: Int32

    /// Reads the header; nil when the file is shorter than a header or is not SQLite at all.
    static func read(path: String) throws -> FileHeader? {
        let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { Glibc.close(fd) }
        var bytes = [UInt8](repeating: 0, count: 100)
        var got = 0
        while got < 100 {
            let n = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + got, 100 - got) }
            if n < 0 && errno == EINTR { continue }
            if n < 0 { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            if n == 0 { break }
            got += n
        }
        guard got == 100, Array(bytes[0..<16]) == ProjectFileSignature.sqliteMagic else { return nil }
        func int32(at offset: Int) -> Int32 {
            Int32(bitPattern: UInt32(bytes[offset]) << 24 | UInt32(bytes[offset + 1]) << 16
                | UInt32(bytes[offset + 2]) << 8 | UInt32(bytes[offset + 3]))
        }
        return FileHeader(userVersion: Int(int32(at: 60)), applicationID: int32(at: 68))
    }
}
