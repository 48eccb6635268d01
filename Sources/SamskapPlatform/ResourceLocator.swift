import FoundationEssentials
import Glibc

/// Finds `Resources/` and `data/`: an environment override, an install prefix (`share/samskap`), or the source tree.
///
/// Nothing else in Samskap hard-codes a path to them.
public struct ResourceLocator: Sendable {
    /// The folder holding `Resources`' content (`style.css`, `po/` …).
    public let resources: URL
    /// The folder holding the domain content (`model/`, `demo/` …).
    public let data: URL

    /// Creates a locator with explicit folders.
    public init(resources: URL, data: URL) {
        self.resources = resources
        self.data = data
    }

    /// The locator for this process, found once.
    public static let standard: ResourceLocator = locate()

    /// Looks in `SAMSKAP_DATA_DIR` (holding `data/` and `Resources/`), then beside the executable
    /// (`../share/samskap`), then up from the executable and the working directory for the source tree.
    public static func locate(environment: (String) -> String? = ProcessEnvironment.value,
                              executable: URL = currentExecutable(),
                              workingDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) -> ResourceLocator {
        var candidates: [URL] = []
        if let override = environment("SAMSKAP_DATA_DIR"), !override.isEmpty {
            candidates.append(URL(fileURLWithPath: override))
        }
        let binDir = executable.deletingLastPathComponent()
        candidates.append(binDir.deletingLastPathComponent().appendingPathComponent("share/samskap"))
        for start in [binDir, workingDirectory] {
            var dir = start
            for _ in 0..<8 {
                candidates.append(dir)
                dir = dir.deletingLastPathComponent()
            }
        }
        let fm = FileManager.default
        for root in candidates where fm.fileExists(atPath: root.appendingPathComponent("data/model/nb.json").path) {
            return ResourceLocator(resources: root.appendingPathComponent("Resources"), data: root.appendingPathComponent("data"))
        }
        let fallback = workingDirectory
        return ResourceLocator(resources: fallback.appendingPathComponent("Resources"), data: fallback.appendingPathComponent("data"))
    }

    /// A demo project's file in a language (its code, e.g. "nn"): `demo/<name>.<code>.json` where its texts are written
    /// in that language, else `demo/<name>.json` (written in bokmål).
    public func demo(_ name: String, languageCode: String) -> URL {
        let translated = data.appendingPathComponent("demo/\(name).\(languageCode).json")
        if FileManager.default.fileExists(atPath: translated.path) { return translated }
        return data.appendingPathComponent("demo/\(name).json")
    }

    /// The running executable, however it was started. `argv[0]` is only `samskap` when the shell found it
    /// through PATH (and so when a desktop entry starts it), which names no folder; `/proc/self/exe` names the file.
    public static func currentExecutable() -> URL {
        var buffer = [UInt8](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = buffer.withUnsafeMutableBufferPointer { bytes in
            bytes.baseAddress!.withMemoryRebound(to: CChar.self, capacity: bytes.count) { readlink("/proc/self/exe", $0, bytes.count - 1) }
        }
        if count > 0 {
            return URL(fileURLWithPath: String(decoding: buffer[..<count], as: UTF8.self))
        }
        return URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
    }
}
