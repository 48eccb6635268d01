import FoundationEssentials
import SamskapCore
import SamskapStore

/// The demo projects: each made once from `data/demo` into the user's data folder.
enum DemoProject: String, CaseIterable {
    /// A housing project in Drammen: the demo `make run` opens.
    case housing
    /// The refugee incubator in Oslo, the handbook's worked example of measuring results.
    case incubator

    /// Where the demo lives: `$XDG_DATA_HOME/samskap/demo.samskap` for the housing project, as `make run` expects,
    /// and `incubator.samskap` beside it.
    var url: URL {
        let env = ProcessInfo.processInfo.environment
        let dataHome = env["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".local/share")
        return dataHome.appendingPathComponent(self == .housing ? "samskap/demo.samskap" : "samskap/\(rawValue).samskap")
    }

    /// The demo file, created when missing; or a message saying why it could not be.
    func ensure() -> Result<URL, DemoError> {
        let target = url
        if FileManager.default.fileExists(atPath: target.path) { return .success(target) }
        do {
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            let source = ResourceLocator.standard.demo(rawValue, languageCode: Translations.language.rawValue)
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
