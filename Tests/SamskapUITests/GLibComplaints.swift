import CGtk
import Synchronization
import XCTest

/// Every critical and warning GLib, GTK and the libraries under them log while a window test runs: each is a bug
/// of ours, so a test that causes one fails (`GtkTestCase.tearDown`), and the message still reaches stderr.
enum GLibComplaints {
    private static let messages = Mutex<[String]>([])

    /// Installs the log writer; GLib takes one per process, so later calls do nothing.
    static func install() { _ = installed }

    private static let installed: Void = {
        g_log_set_writer_func(writer, nil, nil)
    }()

    /// The complaints logged since the last call, oldest first.
    static func take() -> [String] { messages.withLock { taken in defer { taken = [] }; return taken } }

    fileprivate static func record(_ message: String) { messages.withLock { $0.append(message) } }
}

private let complaintLevels = G_LOG_LEVEL_ERROR.rawValue | G_LOG_LEVEL_CRITICAL.rawValue | G_LOG_LEVEL_WARNING.rawValue

/// GLib calls this from whichever thread logged; it must capture nothing (a C function pointer).
private let writer: GLogWriterFunc = { level, fields, count, _ in
    if level.rawValue & complaintLevels != 0, let text = g_log_writer_format_fields(level, fields, count, 0) {
        GLibComplaints.record(String(cString: text))
        g_free(text)
    }
    return g_log_writer_default(level, fields, count, nil)
}
