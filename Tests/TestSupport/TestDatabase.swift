import Foundation
import LambdaRuntime
import Store

/// The real local database of `.ci/localdb.sh`: URLs come from the environment
/// (`make test` exports them); without them every test fails saying so.
public enum TestDatabase {
    public struct MissingConfiguration: Error, CustomStringConvertible {
        let variable: String
        public var description: String {
            "\(variable) is not set. Start the local database and export its URLs: "
                + "`eval \"$(.ci/localdb.sh start | sed 's/^/export /')\"` (make test does this)."
        }
    }

    public static let logger = Logger(level: .warn, sink: { line in FileHandle.standardError.write(Data(line.utf8)) })

    public static func url(_ variable: String) throws -> String {
        guard let value = ProcessInfo.processInfo.environment[variable], !value.isEmpty else {
            throw MissingConfiguration(variable: variable)
        }
        return value
    }

    public static func appURL() throws -> String { try url("DATABASE_URL") }
    public static func migrationURL() throws -> String { try url("DATABASE_MIGRATION_URL") }

    /// Migrations applied once per test process (the migrator is itself race-safe).
    private static let migration: Result<Migrator.Outcome, Error> = Result {
        let owner = Database(settings: try DatabaseSettings.fromURL(try migrationURL()), logger: logger)
        defer { owner.close() }
        return try Migrator(database: owner, logger: logger).migrate()
    }

    /// A fresh connection as the application role, on a migrated schema.
    public static func app() throws -> Database {
        _ = try migration.get()
        return Database(settings: try DatabaseSettings.fromURL(try appURL()), logger: logger)
    }

    /// A fresh connection as the owner (migration) role.
    public static func owner() throws -> Database {
        _ = try migration.get()
        return Database(settings: try DatabaseSettings.fromURL(try migrationURL()), logger: logger)
    }

    /// A clinic id no other test uses, so tests can run in parallel on one database.
    public static func uniqueClinic(_ label: String = "clinic") -> String { "\(label)-\(UUID().uuidString.lowercased())" }

    public static let timeoutMs = 30_000
}

extension TestDatabase {
    /// The same URL naming another database on the same server.
    public static func url(_ url: String, database: String) throws -> String {
        guard var components = URLComponents(string: url) else { throw MissingConfiguration(variable: "a parsable database URL") }
        components.path = "/" + database
        guard let text = components.string else { throw MissingConfiguration(variable: "a database URL with a path") }
        return text
    }

    /// A fresh, empty database created by the owner role (it has CREATEDB;
    /// template1 carries pgvector), so a test can migrate from nothing without
    /// touching the shared database. Dropped by `dropScratchDatabase`.
    public static func createScratchDatabase(_ label: String) throws -> String {
        let name = "clinical_\(label)_\(UUID().uuidString.prefix(8).lowercased())"
        let owner = try owner()
        defer { owner.close() }
        // Identifiers cannot be parameters; the name is ours (letters, digits, underscores).
        _ = try owner.session(timeoutMs: timeoutMs).query("CREATE DATABASE \(name)", [], idempotent: false)
        return name
    }

    public static func dropScratchDatabase(_ name: String) {
        guard let owner = try? owner() else { return }
        defer { owner.close() }
        _ = try? owner.session(timeoutMs: timeoutMs).query("DROP DATABASE IF EXISTS \(name) WITH (FORCE)", [], idempotent: true)
    }

    /// A binary built next to the test bundle (a product this test target depends on).
    public static func builtBinary(_ name: String) -> String {
        URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0])
            .deletingLastPathComponent().appendingPathComponent(name).path
    }
}

