import CCairo
import Glibc

/// The file cairo's PDF surface writes to, through a write callback that never tells cairo a write failed.
///
/// cairo 1.16 aborts (an assertion in its tag arrays) when a write fails part-way through a tagged PDF, as on a
/// full disk; the sink keeps the first error, drops what comes after, and lets cairo finish normally. The writer
/// then reports the error, and `ExportTarget` removes the partial file.
final class PDFFileSink {
    private let fd: Int32
    /// The first `errno` of a failed write, if any.
    private(set) var failure: Int32?

    init?(path: String) {
        fd = open(path, O_WRONLY | O_TRUNC | O_CLOEXEC)
        if fd < 0 { return nil }
    }

    deinit { close(fd) }

    /// A PDF surface of `width` × `height` points that writes through this sink; the sink must outlive it.
    func surface(width: Double, height: Double) -> OpaquePointer? {
        cairo_pdf_surface_create_for_stream({ closure, data, length in
            guard let closure, let data else { return CAIRO_STATUS_SUCCESS }
            Unmanaged<PDFFileSink>.fromOpaque(closure).takeUnretainedValue().write(data, Int(length))
            return CAIRO_STATUS_SUCCESS
        }, Unmanaged.passUnretained(self).toOpaque(), width, height)
    }

    private func write(_ data: UnsafePointer<UInt8>, _ length: Int) {
        guard failure == nil else { return }
        var done = 0
        while done < length {
            let n = Glibc.write(fd, data + done, length - done)
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else {
                failure = n < 0 ? errno : EIO
                return
            }
            done += n
        }
    }
}
