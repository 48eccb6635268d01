import FoundationEssentials
import SamskapGtk

/// Recently opened project files, as the desktop remembers them.
@MainActor
enum RecentProjects {
    /// Records a project file as used now.
    static func add(_ url: URL) { RecentFiles.add(uri: url.absoluteString) }

    /// The project files used most recently that still exist, newest first.
    static func list(limit: Int = 8) -> [URL] {
        let projects = RecentFiles.items().compactMap { item -> (URL, Int)? in
            guard let url = URL(string: item.uri), url.isFileURL, url.pathExtension == ProjectFiles.fileExtension,
                  FileManager.default.fileExists(atPath: url.path) else { return nil }
            return (url, item.modified)
        }
        return Array(projects.sorted { $0.1 > $1.1 }.map(\.0).prefix(limit))
    }
}
