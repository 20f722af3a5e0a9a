import LambdaRuntime

/// Applies `Migrations.all` exactly once each, even when many processes race:
/// a session advisory lock serialises them, `schema_migrations` records what
/// is applied, and each migration commits together with its record.
/// Runs as the owner role, never as the application role.
public struct Migrator {
    /// What one run did.
    public struct Outcome: Sendable, Equatable {
        public let applied: [Int]
        public let alreadyApplied: [Int]
    }

    /// `hashtext('clinical-assistant schema_migrations')` would do too; a constant is plainer.
    static let advisoryLockKey: Int64 = 0x436C_696E_4D69_6701

    private let database: Database
    private let migrations: [Migration]
    private let logger: Logger

    public init(database: Database, migrations: [Migration] = Migrations.all, logger: Logger) {
        self.database = database
        self.migrations = migrations.sorted { $0.version < $1.version }
        self.logger = logger
    }

    /// Waits for the lock (bounded by `timeoutMs`), then applies what is missing.
    public func migrate(timeoutMs: Int = 300_000) throws -> Outcome {
        try database.withConnection(timeoutMs: timeoutMs) { connection in
            _ = try connection.execute("SELECT pg_advisory_lock($1)", [.int(Migrator.advisoryLockKey)])
            defer { _ = try? connection.execute("SELECT pg_advisory_unlock($1)", [.int(Migrator.advisoryLockKey)]) }
            _ = try connection.execute("""
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    version integer PRIMARY KEY,
                    name text NOT NULL,
                    checksum text NOT NULL,
                    applied_at timestamptz NOT NULL DEFAULT now()
                )
                """, [])
            let recorded = try connection.execute("SELECT version, checksum FROM schema_migrations", [])
            var checksums: [Int: String] = [:]
            for row in recorded.rows { checksums[try row.int("version")] = try row.string("checksum") }

            var applied: [Int] = []
            var already: [Int] = []
            for migration in migrations {
                if let checksum = checksums[migration.version] {
                    guard checksum == migration.checksum else { throw StoreError.migrationChanged(version: migration.version) }
                    already.append(migration.version)
                    continue
                }
                let started = WallClock.monotonicNs()
                _ = try connection.execute("BEGIN", [])
                do {
                    try connection.executeScript(migration.sql)
                    _ = try connection.execute("INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)",
                                               [.int(migration.version), .text(migration.name), .text(migration.checksum)])
                    _ = try connection.execute("COMMIT", [])
                } catch {
                    _ = try? connection.execute("ROLLBACK", [])
                    logger.error("migration failed", ["version": .int(Int64(migration.version))])
                    throw error
                }
                logger.info("migration applied", ["version": .int(Int64(migration.version)), "name": .string(migration.name),
                                                  "ms": .int(Int64((WallClock.monotonicNs() - started) / 1_000_000))])
                applied.append(migration.version)
            }
            return Outcome(applied: applied, alreadyApplied: already)
        }
    }
}
