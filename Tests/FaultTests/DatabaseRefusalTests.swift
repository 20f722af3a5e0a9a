import Foundation
import LambdaRuntime
import Store
import Testing
import TestSupport

/// The database refusing connections for a while, then back, through the real binaries: every request in
/// the window is a quick 503 with Retry-After and sends nothing to the model; the same process recovers by
/// itself. The window is FAULT_DB_REFUSAL_SECONDS (3 under `make test`; the issue's 30 s:
/// `FAULT_DB_REFUSAL_SECONDS=30 swift test --skip-build --filter DatabaseRefusalTests`).
@Suite(.serialized) struct DatabaseRefusalTests {
    static var refusalMs: Int64 {
        Int64(ProcessInfo.processInfo.environment["FAULT_DB_REFUSAL_SECONDS"].flatMap(Int.init) ?? 3) * 1000
    }

    /// The scratch database behind a forwarder, and the URL through it.
    func forwarded(_ db: ScratchDatabase) throws -> (LoopbackForwarder, String) {
        let port = try #require(URLComponents.port(of: db.appURL) ?? 5432)
        let forwarder = try LoopbackForwarder(upstreamPort: port)
        return (forwarder, URLComponents.replacingPort(of: db.appURL, with: forwarder.port))
    }

    @Test func summariesDuringAnOutageAre503WithRetryAfterAndTheSameProcessRecovers() throws {
        let db = try ScratchDatabase("refuse_sum")
        defer { db.drop() }
        let (forwarder, url) = try forwarded(db)
        defer { forwarder.stop() }
        let function = try FaultFunction("summarizer", databaseURL: url)
        defer { function.stop() }
        let caller = Caller.doctor()
        #expect(try function.summarize(FaultNote.text, caller: caller).status == 201)
        let pid = function.process.process.processIdentifier
        let modelCalls = function.bedrock.converseRequestCount

        forwarder.refuse()
        let end = WallClock.nowMs() + Self.refusalMs
        var refused = 0
        repeat {
            let response = try function.summarize(FaultNote.text, caller: caller)
            #expect(response.status == 503 && response.errorCode == "SERVICE_UNAVAILABLE", "got \(response.status)")
            #expect(response.headers["Retry-After"] == "5")
            #expect(response.ms < 5_000, "a refused connection fails fast (\(response.ms) ms)")
            refused += 1
            usleep(300_000)
        } while WallClock.nowMs() < end
        #expect(refused >= 2)
        #expect(function.bedrock.converseRequestCount == modelCalls, "nothing reaches the model while the budget cannot be checked")

        try forwarder.resume()
        let back = try function.summarize(FaultNote.text, caller: caller)
        #expect(back.status == 201, "recovered without a restart: \(back.status)")
        #expect(function.process.process.processIdentifier == pid && function.process.isRunning)
        #expect(try db.count("SELECT count(*)::int AS n FROM reports") == 2)
        try db.expectWhole()
    }

    @Test func aDocumentEventDuringAnOutageFailsForLambdasRetryAndIsProcessedAfter() throws {
        let db = try ScratchDatabase("refuse_doc")
        defer { db.drop() }
        let (forwarder, url) = try forwarded(db)
        defer { forwarder.stop() }
        let bucket = try MotoS3.createBucket()
        let function = try FaultFunction("file-processor", databaseURL: url, environment: try FaultFunction.fileProcessorEnvironment(bucket: bucket))
        defer { function.stop() }
        let caller = Caller.doctor()
        let upload = try function.uploadText(FaultNote.text, bucket: bucket, caller: caller)

        forwarder.refuse()
        let (during, ms, _) = try function.invoke(upload.event, timeoutMs: 30_000)
        guard case .functionError = during else { Issue.record("the event must fail so Lambda retries it: \(during)"); return }
        #expect(ms < 10_000)
        let status = try db.query("SELECT status FROM documents WHERE id = $1::uuid", [.text(upload.id)]).rows.first?.string("status")
        #expect(status == "PENDING_UPLOAD", "nothing was claimed while the database was down")
        usleep(useconds_t(min(Self.refusalMs, 3_000)) * 1000)

        try forwarder.resume()
        let (after, _, _) = try function.invoke(upload.event, timeoutMs: 60_000)
        guard case .response = after else { Issue.record("the retry failed: \(after)"); return }
        #expect(try function.document(upload.id, caller: caller)["status"] as? String == "PROCESSED")
        try db.expectWhole()
    }
}
