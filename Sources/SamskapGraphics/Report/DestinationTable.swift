/// Where each heading landed: filled by the paginator, read when the contents are drawn.
///
/// A class so the contents' painters, made before pagination, see the pages found after it.
final class DestinationTable {
    struct Entry {
        var destination: String
        var level: Int
        var number: String
        var title: String
        /// Page index from 0.
        var page: Int
        /// Top of the heading on its page, in points from the top.
        var y: Double
    }

    private(set) var entries: [Entry] = []
    private var byName: [String: Int] = [:]

    func record(_ entry: Entry) {
        byName[entry.destination] = entries.count
        entries.append(entry)
    }

    /// Page index (from 0) of a destination.
    func page(of destination: String) -> Int? {
        byName[destination].map { entries[$0].page }
    }

    func removeAll() {
        entries.removeAll()
        byName.removeAll()
    }
}
