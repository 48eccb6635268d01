import SamskapCore

/// What `ProjectFile.check()` found: the schema, SQLite's own integrity verdict and the records per table.
public struct FileReport: Equatable, Sendable {
    /// Rows in one table.
    public struct Count: Equatable, Sendable {
        /// The table's name in the file, e.g. `measurement`.
        public var table: String
        /// What people call the records, e.g. «målinger» / "measurements".
        public var name: LocalizedText
        /// Number of rows.
        public var rows: Int
    }

    /// `PRAGMA user_version`.
    public var schemaVersion: Int
    /// The lines of `PRAGMA integrity_check`: `["ok"]` for a sound file.
    public var integrity: [String]
    /// Rows that point at records that do not exist (`PRAGMA foreign_key_check`); 0 in a sound file.
    public var danglingReferences: Int
    /// Rows per table, in a fixed order.
    public var counts: [Count]

    /// Whether SQLite found the file sound and every reference resolves.
    public var isIntact: Bool { integrity == ["ok"] && danglingReferences == 0 }

    /// The rows of the table with the given name, 0 when unknown.
    public func rows(in table: String) -> Int { counts.first { $0.table == table }?.rows ?? 0 }
}
