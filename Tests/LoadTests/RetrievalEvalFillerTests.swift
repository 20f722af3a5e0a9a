import Foundation
import LambdaRuntime
import Store
import TestSupport
import Testing

/// `retrieval-eval --filler N` (issue 15, fourth pass): the eval's clinics made large with the load seed's passages, so the
/// common-term rule (`FullTextTermPolicy`) applies, and the figures printed with the rule and with every term. Runs the
/// built tool against the real local database.
@Suite(.serialized) struct RetrievalEvalFillerTests {
    func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: TestDatabase.builtBinary("retrieval-eval"))
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(["DATABASE_URL": try TestDatabase.appURL()]) { $1 }
            .filter { $0.key != "DATABASE_MIGRATION_URL" } // the test database is migrated; the tool need not migrate it
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }

    func fillerRows() throws -> Int {
        let database = try TestDatabase.app()
        defer { database.close() }
        return try database.session(timeoutMs: TestDatabase.timeoutMs)
            .query("SELECT count(*) AS n FROM documents WHERE bucket = 'eval-filler'", [], idempotent: true).rows[0].int("n")
    }

    /// 120 filler chunks per clinic and the rule from 100 chunks (the standard 1,000 would take 3,600 inserts): every seed
    /// passage says "Se indica … cada … horas", so `indicada` and `cada` are common in every clinic and are left out where a
    /// question has them; with every term nothing is left out; both tables and the comparison are printed; the filler is gone after.
    @Test func theFillerMakesTheRuleApplyAndBothPoliciesArePrinted() throws {
        let before = try fillerRows()
        let (status, output) = try run(["Tests/RetrievalEval", "--filler", "120", "--full-text-min-rows", "100"])
        #expect(status == 0, "\(output.suffix(500))")
        #expect(output.components(separatedBy: "plus 120 filler chunks in each clinic").count == 3) // two tables
        #expect(output.contains("left out from clinics of 100"))
        #expect(output.contains("full text: every term"))
        let thinned = output.split(separator: "\n").filter { $0.hasPrefix("full text: common terms left out on ") }
        #expect(thinned.count == 2)
        #expect(thinned.first.map { !$0.hasPrefix("full text: common terms left out on 0 of") && $0.contains("indicada") } == true)
        #expect(thinned.last?.hasPrefix("full text: common terms left out on 0 of 44") == true)
        #expect(output.contains("the rule vs every term (recall@6): full-text "))
        #expect(output.contains("questions whose full-text or fused recall@6 the rule moves: "))
        #expect(try fillerRows() == before)
    }

    /// Without --filler one table, as before; a bad value is refused.
    @Test func withoutFillerOneTableAndABadValueIsRefused() throws {
        let (status, output) = try run(["Tests/RetrievalEval"])
        #expect(status == 0)
        #expect(!output.contains("filler") && !output.contains("the rule vs every term"))
        #expect(output.split(separator: "\n").filter { $0.hasPrefix("method ") }.count == 1)
        let refused = try run(["Tests/RetrievalEval", "--filler", "-3"])
        #expect(refused.status == 2 && refused.output.contains("--filler needs an integer ≥ 0"))
    }
}
