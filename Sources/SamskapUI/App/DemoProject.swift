import FoundationEssentials
import SamskapCore
import SamskapStore

/// The demo project: made once from `data/demo/housing.json` into the user's data folder.
enum DemoProject {
    /// Where the demo project lives (`$XDG_DATA_HOME/samskap/demo.samskap`), as `make run` expects.
    static var url: URL {
        let env = ProcessInfo.processInfo.environment
        let dataHome = env["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".local/share")
        return dataHome.appendingPathComponent("samskap/demo.samskap")
    }

    /// The demo file, created when missing; or a message saying why it could not be.
    static func ensure() -> Result<URL, DemoError> {
        let target = url
        if FileManager.default.fileExists(atPath: target.path) { return .success(target) }
        do {
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            let source = ResourceLocator.standard.data.appendingPathComponent("demo/housing.json")
            let document = try ProjectExchange.decode(Data(contentsOf: source))
            try ProjectFiles.saveCopy(document, to: target)
            return .success(target)
        } catch {
            return .failure(DemoError(message: ProjectFiles.message(for: error)))
        }
    }

    /// Why the demo project could not be made.
    struct DemoError: Error {
        let message: String
    }
}
