import Foundation
import Store
import Testing
import TestSupport

/// Eight processes running `store-migrate` (what `lambda-local migrate` runs)
/// at once against a fresh database: each migration is applied exactly once.
@Suite struct MigrationRaceTests {
    @Test func eightProcessesApplyEachMigrationExactlyOnce() throws {
        let name = try TestDatabase.createScratchDatabase("race")
        defer { TestDatabase.dropScratchDatabase(name) }
        let ownerURL = try TestDatabase.url(try TestDatabase.migrationURL(), database: name)

        let binary = TestDatabase.builtBinary("store-migrate")
        #expect(FileManager.default.isExecutableFile(atPath: binary), "store-migrate is built with the tests")
        var processes: [(Process, Pipe)] = []
        for _ in 0..<8 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = ["--database-url", ownerURL]
            let output = Pipe()
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            processes.append((process, output))
        }
        for (process, _) in processes { try process.run() }
        var lines: [String] = []
        for (process, output) in processes {
            let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
            lines.append(text)
        }
        let everything = Migrations.all.map { String($0.version) }.joined(separator: ",")
        // One process applied them all; the seven others found them applied.
        #expect(lines.filter { $0.contains("applied=[\(everything)]") }.count == 1)
        #expect(lines.filter { $0.contains("applied=[] already=\(Migrations.all.count)") }.count == 7)

        let owner = Database(settings: try DatabaseSettings.fromURL(ownerURL), logger: TestDatabase.logger)
        defer { owner.close() }
        let recorded = try owner.session(timeoutMs: TestDatabase.timeoutMs)
            .query("SELECT version, count(*) OVER (PARTITION BY version) AS n, checksum FROM schema_migrations ORDER BY version", [], idempotent: true)
        #expect(try recorded.rows.map { try $0.int("version") } == Migrations.all.map(\.version))
        #expect(try recorded.rows.allSatisfy { try $0.int("n") == 1 })
        #expect(try recorded.rows.map { try $0.string("checksum") } == Migrations.all.map(\.checksum))

        // The schema is usable by the application role right away.
        let app = Database(settings: try DatabaseSettings.fromURL(try TestDatabase.url(try TestDatabase.appURL(), database: name)),
                           logger: TestDatabase.logger)
        defer { app.close() }
        let report = try app.session(timeoutMs: TestDatabase.timeoutMs).reports.insert(sampleReport(clinic: "c", patient: "p"))
        #expect(try app.session(timeoutMs: TestDatabase.timeoutMs).reports.find(id: report.id, clinicId: "c") != nil)
    }

    @Test func anEditedMigrationIsCaught() throws {
        let name = try TestDatabase.createScratchDatabase("edited")
        defer { TestDatabase.dropScratchDatabase(name) }
        let owner = Database(settings: try DatabaseSettings.fromURL(try TestDatabase.url(try TestDatabase.migrationURL(), database: name)),
                             logger: TestDatabase.logger)
        defer { owner.close() }
        let first = Migration(version: 1, name: "t", sql: "CREATE TABLE t (a int)")
        #expect(try Migrator(database: owner, migrations: [first], logger: TestDatabase.logger).migrate().applied == [1])
        #expect(try Migrator(database: owner, migrations: [first], logger: TestDatabase.logger).migrate().alreadyApplied == [1])
        let edited = Migration(version: 1, name: "t", sql: "CREATE TABLE t (a bigint)")
        #expect(throws: StoreError.migrationChanged(version: 1)) {
            try Migrator(database: owner, migrations: [edited], logger: TestDatabase.logger).migrate()
        }
        // A failing migration leaves no trace: neither its changes nor its record.
        let broken = Migration(version: 2, name: "broken", sql: "CREATE TABLE u (a int); SELECT no_such_function()")
        #expect(throws: StoreError.self) { try Migrator(database: owner, migrations: [first, broken], logger: TestDatabase.logger).migrate() }
        let left = try owner.session(timeoutMs: TestDatabase.timeoutMs)
            .query("SELECT to_regclass('u') IS NULL AS gone, (SELECT count(*) FROM schema_migrations) AS n", [], idempotent: true).rows[0]
        #expect(try left.bool("gone") && left.int("n") == 1)
    }
}
