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

extension TestDatabase {
    /// The same URL naming another database on the same server.
    static func url(_ url: String, database: String) throws -> String {
        guard var components = URLComponents(string: url) else { throw MissingConfiguration(variable: "a parsable database URL") }
        components.path = "/" + database
        guard let text = components.string else { throw MissingConfiguration(variable: "a database URL with a path") }
        return text
    }

    /// A fresh, empty database created by the owner role (it has CREATEDB;
    /// template1 carries pgvector), so a test can migrate from nothing without
    /// touching the shared database. Dropped by `dropScratchDatabase`.
    static func createScratchDatabase(_ label: String) throws -> String {
        let name = "clinical_\(label)_\(UUID().uuidString.prefix(8).lowercased())"
        let owner = try owner()
        defer { owner.close() }
        // Identifiers cannot be parameters; the name is ours (letters, digits, underscores).
        _ = try owner.session(timeoutMs: timeoutMs).query("CREATE DATABASE \(name)", [], idempotent: false)
        return name
    }

    static func dropScratchDatabase(_ name: String) {
        guard let owner = try? owner() else { return }
        defer { owner.close() }
        _ = try? owner.session(timeoutMs: timeoutMs).query("DROP DATABASE IF EXISTS \(name) WITH (FORCE)", [], idempotent: true)
    }

    /// A binary built next to the test bundle (a product this test target depends on).
    static func builtBinary(_ name: String) -> String {
        URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0])
            .deletingLastPathComponent().appendingPathComponent(name).path
    }
}

/// A unit vector along `count` dimensions drawn at random: vectors of
/// different draws are (almost always) orthogonal, so rows other runs left in
/// the shared database never come near this test's queries.
struct RandomAxes {
    let axes: [Int]
    init(count: Int) {
        var picked = Set<Int>()
        while picked.count < count { picked.insert(Int.random(in: 0..<embeddingDimensions)) }
        axes = Array(picked)
    }

    /// Weights on this draw's axes, the other dimensions zero.
    func vector(_ weights: [Float]) -> [Float] {
        var values = [Float](repeating: 0, count: embeddingDimensions)
        for (axis, weight) in zip(axes, weights) { values[axis] = weight }
        return values
    }
}

/// Cosine distance computed here, to check the database's ranking.
func cosineDistance(_ a: [Float], _ b: [Float]) -> Double {
    var dot = 0.0, na = 0.0, nb = 0.0
    for (x, y) in zip(a, b) {
        dot += Double(x) * Double(y)
        na += Double(x) * Double(x)
        nb += Double(y) * Double(y)
    }
    return 1 - dot / (na.squareRoot() * nb.squareRoot())
}
