import Glibc

/// How a Samskap project file is recognised by its content, whatever its name: an SQLite 3 header whose
/// application id (bytes 68–71, big-endian) is Samskap's.
public enum ProjectFileSignature {
    /// `PRAGMA application_id` of every project file: "SAMS" in ASCII.
    public static let applicationID: Int32 = 0x5341_4D53

    /// The 16 bytes every SQLite 3 file begins with.
    public static let sqliteMagic: [UInt8] = Array("SQLite format 3\0".utf8)

    /// Whether the open file behind `fd` begins like a Samskap project. Reads with `pread`, so the descriptor's
    /// position is left alone.
    public static func matches(fileDescriptor fd: Int32) -> Bool {
        var bytes = [UInt8](repeating: 0, count: 72)
        var got = 0
        while got < bytes.count {
            let n = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + got, 72 - got, off_t(got)) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return false }
            got += n
        }
        guard Array(bytes[0..<16]) == sqliteMagic else { return false }
        let id = Int32(bitPattern: UInt32(bytes[68]) << 24 | UInt32(bytes[69]) << 16 | UInt32(bytes[70]) << 8 | UInt32(bytes[71]))
        return id == applicationID
    }

    /// Whether the file at `path` begins like a Samskap project; false when it cannot be read.
    public static func matches(path: String) -> Bool {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        return matches(fileDescriptor: fd)
    }
}
