import Foundation

/// Runs `body` on this thread under a Norwegian numeric locale (a decimal comma), as the window runs once GTK has
/// called `setlocale`. The locale is built into a temporary folder, so the test does not depend on the machine's.
/// Returns nil without running `body` where no locale can be built (no `localedef`).
public enum NorwegianNumericLocale {
    public static func run<T>(_ body: () throws -> T) throws -> T? {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("samskap-locale-\(getpid())-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let localedef = Process()
        localedef.executableURL = URL(fileURLWithPath: "/usr/bin/localedef")
        localedef.arguments = ["-i", "nb_NO", "-f", "UTF-8", folder.appendingPathComponent("nb_NO.UTF-8").path]
        localedef.standardError = FileHandle.nullDevice
        guard (try? localedef.run()) != nil else { return nil }
        localedef.waitUntilExit()
        setenv("LOCPATH", folder.path, 1)
        defer { unsetenv("LOCPATH") }
        guard let norwegian = newlocale(LC_NUMERIC_MASK, "nb_NO.UTF-8", nil) else { return nil }
        defer { freelocale(norwegian) }
        let previous = uselocale(norwegian)
        defer { uselocale(previous) }
        return try body()
    }
}
