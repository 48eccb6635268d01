import FoundationEssentials
import Synchronization

/// Compares the SQL objects in a file with those Samskap's migrations make, so that a trigger, view or table slipped
/// into a project (which SQLite would run or read on the next edit) is found before anything is read or written.
enum SchemaCheck {
    /// One entry of `sqlite_schema`, its SQL with runs of white space made one space.
    struct Object: Hashable, Sendable {
        let type: String
        let name: String
        let sql: String
    }

    private static let expectedByVersion = Mutex<[Int: Set<Object>]>([:])

    /// Throws `foreignObjects` naming what the file has beyond the schema of `version`, or `damaged` when one of
    /// Samskap's own objects is missing or defined otherwise (a renamed column).
    static func verify(_ db: SQLiteConnection, version: Int, url: URL) throws {
        let found = try objects(in: db)
        let expected = try expected(version)
        let expectedNames = Set(expected.map(\.name))
        let foreign = found.filter { !expectedNames.contains($0.name) }
        guard foreign.isEmpty else {
            throw ProjectFileError.foreignObjects(url, names: foreign.map { "\($0.type) \($0.name)" }.sorted())
        }
        let changed = expected.subtracting(found)
        guard changed.isEmpty else {
            throw ProjectFileError.damaged(url, detail: "schema: " + changed.map(\.name).sorted().prefix(3).joined(separator: ", "))
        }
    }

    /// The objects a file of `version` holds, read from a database made by the migrations in memory.
    static func expected(_ version: Int) throws -> Set<Object> {
        if let known = expectedByVersion.withLock({ $0[version] }) { return known }
        let db = try SQLiteConnection(path: ":memory:", create: true)
        defer { db.close() }
        for step in 0..<min(version, Schema.migrations.count) { try db.execute(Schema.migrations[step]) }
        let made = try objects(in: db)
        expectedByVersion.withLock { $0[version] = made }
        return made
    }

    /// Every object in the file but SQLite's own (`sqlite_sequence`, statistics, automatic indexes).
    private static func objects(in db: SQLiteConnection) throws -> Set<Object> {
        let statement = try db.statement("SELECT type, name, coalesce(sql, '') FROM sqlite_schema WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")
        defer { statement.reset() }
        var found: Set<Object> = []
        while try statement.step() {
            let sql = statement.text(2).split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
            found.insert(Object(type: statement.text(0), name: statement.text(1), sql: sql))
        }
        return found
    }
}
