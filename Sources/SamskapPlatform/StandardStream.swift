import FoundationEssentials
import Glibc

/// Standard output or standard error, written to straight away, as `FileHandle.standardOutput.write` did
/// (FoundationEssentials has no `FileHandle`): nothing waits in a buffer for the process to exit.
public enum StandardStream {
    case output
    case error

    /// Writes all the bytes; gives up quietly when the stream is closed.
    public func write(_ data: Data) {
        let descriptor = self == .output ? STDOUT_FILENO : STDERR_FILENO
        data.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { return }
                offset += written
            }
        }
    }

    /// Writes the text as UTF-8.
    public func write(_ text: String) { write(Data(text.utf8)) }
}
