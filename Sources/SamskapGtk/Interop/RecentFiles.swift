import CGtk

/// Recently used files, through GtkRecentManager (shared with the desktop's other applications).
@MainActor
public enum RecentFiles {
    /// A file the desktop remembers: its URI and when it was last used (seconds since 1970).
    public struct Item: Sendable {
        public let uri: String
        public let modified: Int
    }

    /// Records the file at `uri` as used now.
    public static func add(uri: String) {
        guard let manager = gtk_recent_manager_get_default() else { return }
        _ = gtk_recent_manager_add_item(manager, uri)
    }

    /// Every file the desktop remembers, in no particular order.
    public static func items() -> [Item] {
        guard let manager = gtk_recent_manager_get_default() else { return [] }
        var items: [Item] = []
        let head = gtk_recent_manager_get_items(manager)
        var node = head
        while let current = node {
            if let info = current.pointee.data.map({ OpaquePointer($0) }) {
                if let uri = CStrings.borrow(gtk_recent_info_get_uri(info)) {
                    let modified = gtk_recent_info_get_modified(info).map { Int(g_date_time_to_unix($0)) } ?? 0
                    items.append(Item(uri: uri, modified: modified))
                }
                gtk_recent_info_unref(info)
            }
            node = current.pointee.next
        }
        g_list_free(head)
        return items
    }
}
