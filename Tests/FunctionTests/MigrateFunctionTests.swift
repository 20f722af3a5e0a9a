import Foundation
import LambdaRuntime
import LocalStack
import Store
import Testing
import TestSupport

/// The `migrate` function through the emulator, as CloudFormation drives it:
/// the custom resource request in, the outcome PUT to the pre-signed
/// ResponseURL (here a loopback server), against a scratch database that the
/// owner role creates and drops.
@Suite(.serialized) struct MigrateFunctionTests {
    /// PUTs received by the stand-in for CloudFormation's response bucket.
    final class Responses: @unchecked Sendable {
        private let lock = NSLock()
        private var received: [(target: String, contentType: String?, body: [String: Any])] = []
        func add(_ target: String, _ contentType: String?, _ body: [UInt8]) {
            let object = (try? JSONSerialization.jsonObject(with: Data(body))) as? [String: Any] ?? [:]
            lock.withLock { received.append((target, contentType, object)) }
        }
        var all: [(target: String, contentType: String?, body: [String: Any])] { lock.withLock { received } }
    }

    func withScratchDatabase(_ body: (String) throws -> Void) throws {
        let name = try TestDatabase.createScratchDatabase("cfn")
        defer { TestDatabase.dropScratchDatabase(name) }
        try body(try TestDatabase.url(try TestDatabase.migrationURL(), database: name))
    }

    /// Sends `events` to one warm `migrate` process; returns its answers.
    func invoke(_ events: [[String: Any]], databaseURL: String) throws -> [[String: Any]] {
        let emulator = try RuntimeEmulator()
        let process = try FunctionProcess(executable: FunctionBinaryTests().binary("health"), runtimeAPI: emulator.address,
                                          functionName: "migrate", environment: ["FUNCTION_ROLE": "migrate", "DATABASE_URL": databaseURL, "DATABASE_MIGRATION_URL": databaseURL])
        defer { process.stop(); emulator.stop() }
        return try events.map { event in
            let id = emulator.enqueue(Array(try JSONSerialization.data(withJSONObject: event)), timeoutMs: 60_000)
            guard case .response(let bytes)? = emulator.waitForOutcome(id, untilMs: WallClock.nowMs() + 60_000) else {
                throw FunctionBinaryTests.TestFailure("migrate did not answer")
            }
            return try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        }
    }

    func fixture(_ requestType: String, responseURL: String) throws -> [String: Any] {
        let data = try Data(contentsOf: FunctionBinaryTests.root.appendingPathComponent("events/migrate/cloudformation-create.json"))
        var event = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        event["RequestType"] = requestType
        event["ResponseURL"] = responseURL
        if requestType != "Create" { event["PhysicalResourceId"] = "clinical-assistant-schema-migrations" }
        return event
    }

    @Test func createUpdateAndDeleteAnswerCloudFormation() throws {
        let responses = Responses()
        let server = try HTTPServer { request in
            responses.add(request.target, request.headers["Content-Type"], request.body)
            return HTTPServer.Response(status: request.method == "PUT" ? 200 : 405)
        }
        defer { server.stop() }
        let responseURL = server.baseURL + "/stack-response?AWSAccessKeyId=AKIAEXAMPLE&Expires=1700000000&Signature=c2ln"
        try withScratchDatabase { url in
            let answers = try invoke([try fixture("Create", responseURL: responseURL), try fixture("Update", responseURL: responseURL),
                                      try fixture("Delete", responseURL: responseURL), ["action": "migrate"]], databaseURL: url)
            let puts = responses.all
            #expect(puts.count == 3)
            #expect(puts.allSatisfy { $0.target.hasPrefix("/stack-response?AWSAccessKeyId=") })
            // Content-Type is part of what S3 checks against the signature: it must be absent (empty).
            #expect(puts.allSatisfy { ($0.contentType ?? "").isEmpty })
            let everything = Migrations.all.map { String($0.version) }.joined(separator: ",")
            #expect(puts.map { $0.body["Status"] as? String } == ["SUCCESS", "SUCCESS", "SUCCESS"])
            #expect(puts.map { ($0.body["Data"] as? [String: String])?["Applied"] } == [everything, "", nil])
            #expect(puts.allSatisfy { $0.body["PhysicalResourceId"] as? String == "clinical-assistant-schema-migrations" })
            #expect(puts.allSatisfy { $0.body["RequestId"] as? String == "c7c1e2a4-1a4f-4a36-9a0e-4a1f3e5d0b11" })
            #expect(puts.allSatisfy { $0.body["LogicalResourceId"] as? String == "SchemaMigration" })
            #expect(puts.allSatisfy { ($0.body["StackId"] as? String)?.hasPrefix("arn:aws:cloudformation:") == true })
            #expect(answers.last?["applied"] as? [Int] == [] && answers.last?["alreadyApplied"] as? [Int] == Migrations.all.map(\.version))

            // Delete left the schema (and any data) in place.
            let owner = Database(settings: try DatabaseSettings.fromURL(url), logger: Logger(level: .warn))
            defer { owner.close() }
            let versions = try owner.session(timeoutMs: 30_000).query("SELECT version FROM schema_migrations ORDER BY version", [], idempotent: true)
            #expect(try versions.rows.map { try $0.int("version") } == Migrations.all.map(\.version))
        }
    }

    @Test func anUnreachableDatabaseIsReportedAsFailedNotLeftHanging() throws {
        let responses = Responses()
        let server = try HTTPServer { request in
            responses.add(request.target, request.headers["Content-Type"], request.body)
            return HTTPServer.Response(status: 200)
        }
        defer { server.stop() }
        let url = "postgresql://clinical_owner:secret@127.0.0.1:\(closedLoopbackPort())/clinical"
        let answers = try invoke([try fixture("Create", responseURL: server.baseURL + "/r")], databaseURL: url)
        let put = try #require(responses.all.first)
        #expect(put.body["Status"] as? String == "FAILED")
        let reason = try #require(put.body["Reason"] as? String)
        #expect(reason.hasPrefix("schema migration failed: could not connect to the database"))
        #expect(!reason.contains("secret"))
        #expect(answers.first?["Status"] as? String == "FAILED")
    }
}
