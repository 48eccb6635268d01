import CGtk
import FoundationEssentials
import SamskapGtk

/// Recently opened project files, through GtkRecentManager (shared with the desktop).
@MainActor
enum RecentProjects {
    /// Records a project file as used now.
    static func add(_ url: URL) {
        guard let manager = gtk_recent_manager_get_default() else { return }
        _ = gtk_recent_manager_add_item(manager, url.absoluteString)
    }

    /// The project files used most recently that still exist, newest first.
    static func list(limit: Int = 8) -> [URL] {
        guard let manager = gtk_recent_manager_get_default() else { return [] }
        var entries: [(URL, Int)] = []
        var node = gtk_recent_manager_get_items(manager)
        let head = node
        while let current = node {
            if let info = current.pointee.data.map({ OpaquePointer($0) }) {
                if let uri = CStrings.borrow(gtk_recent_info_get_uri(info)), let url = URL(string: uri), url.isFileURL,
                   url.pathExtension == ProjectFiles.fileExtension, FileManager.default.fileExists(atPath: url.path) {
                    let modified = gtk_recent_info_get_modified(info).map { Int(g_date_time_to_unix($0)) } ?? 0
                    entries.append((url, modified))
                }
                gtk_recent_info_unref(info)
            }
            node = current.pointee.next
        }
        g_list_free(head)
        return Array(entries.sorted { $0.1 > $1.1 }.map(\.0).prefix(limit))
    }
}
