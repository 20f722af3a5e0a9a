import Foundation
import LambdaRuntime
import Store

/// The real local database of `.ci/localdb.sh`: URLs come from the environment
/// (`make test` exports them); without them every test fails saying so.
enum TestDatabase {
    struct MissingConfiguration: Error, CustomStringConvertible {
        let variable: String
        var description: String {
            "\(variable) is not set. Start the local database and export its URLs: "
                + "`eval \"$(.ci/localdb.sh start | sed 's/^/export /')\"` (make test does this)."
        }
    }

    static let logger = Logger(level: .warn, sink: { line in FileHandle.standardError.write(Data(line.utf8)) })

    static func url(_ variable: String) throws -> String {
        guard let value = ProcessInfo.processInfo.environment[variable], !value.isEmpty else {
            throw MissingConfiguration(variable: variable)
        }
        return value
    }

    static func appURL() throws -> String { try url("DATABASE_URL") }
    static func migrationURL() throws -> String { try url("DATABASE_MIGRATION_URL") }

    /// Migrations applied once per test process (the migrator is itself race-safe).
    private static let migration: Result<Migrator.Outcome, Error> = Result {
        let owner = Database(settings: try DatabaseSettings.fromURL(try migrationURL()), logger: logger)
        defer { owner.close() }
        return try Migrator(database: owner, logger: logger).migrate()
    }

    /// A fresh connection as the application role, on a migrated schema.
    static func app() throws -> Database {
        _ = try migration.get()
        return Database(settings: try DatabaseSettings.fromURL(try appURL()), logger: logger)
    }

    /// A fresh connection as the owner (migration) role.
    static func owner() throws -> Database {
        _ = try migration.get()
        return Database(settings: try DatabaseSettings.fromURL(try migrationURL()), logger: logger)
    }

    /// A clinic id no other test uses, so tests can run in parallel on one database.
    static func uniqueClinic(_ label: String = "clinic") -> String { "\(label)-\(UUID().uuidString.lowercased())" }

    static let timeoutMs = 30_000
}

/// Hand-made embeddings: `components` set, the other dimensions zero.
func embedding(_ components: [Int: Float]) -> [Float] {
    var values = [Float](repeating: 0, count: embeddingDimensions)
    for (index, value) in components { values[index] = value }
    return values
}

func sampleReport(clinic: String, patient: String, text: String = "Paciente con cefalea", summary: String = "Cefalea") -> NewReport {
    NewReport(clinicId: clinic, patientId: patient, originalText: text, summary: summary, status: .success, language: "es",
              sourceSystem: "ehr-test", metadataJSON: #"{"ward": "3B", "priority": 2}"#, model: "offline",
              inputTokens: 120, outputTokens: 30, createdBy: "doctor-sub-1")
}
