import Foundation
import Store
import Testing
import TestSupport

/// V006's short-walk retry, forced on the real PostgreSQL: a clinic-wide walk whose candidates are all another
/// clinic's comes back short, is walked once more at 4× `ef_search`, and only when that is short too is the clinic
/// ranked exactly. `nearestTraced` says which path served each search (`VectorSearchPath`), so the test sees the
/// paths themselves, not their timings.
@Suite struct ShortWalkRetryTests {
    static let model = "short-walk-test"

    /// Two fresh clinic ids in the same bucket (so one bucket index holds both clinics' chunks).
    static func clinicsInOneBucket(_ session: Session) throws -> (String, String) {
        func bucket(_ clinic: String) throws -> Int {
            try session.query("SELECT \(KnowledgeBuckets.sql(of: "$1::text")) AS b", [.text(clinic)], idempotent: true).rows[0].int("b")
        }
        let crowd = TestDatabase.uniqueClinic("walk-crowd")
        let wanted = try bucket(crowd)
        for _ in 0..<400 {
            let target = TestDatabase.uniqueClinic("walk-target")
            if try bucket(target) == wanted { return (target, crowd) }
        }
        throw StoreError.misuse("no clinic id of bucket \(wanted) in 400 draws")
    }

    /// A policy that walks every clinic past 50 chunks at exactly `minEfSearch` candidates (the oversampling is so
    /// small that the floor always wins), whatever the shared test database's statistics say of the clinic's share.
    static func policy(efSearch: Int, maxEfSearch: Int = 1000) -> VectorSearchPolicy {
        VectorSearchPolicy(exactRowLimit: 50, oversampling: 1e-9, minEfSearch: efSearch, maxEfSearch: maxEfSearch)
    }

    @Test func aShortWalkIsWalkedWiderBeforeTheExactRanking() throws {
        let db = try TestDatabase.app()
        defer { db.close() }
        let session = db.session(timeoutMs: TestDatabase.timeoutMs)
        let (target, crowd) = try Self.clinicsInOneBucket(session)
        defer {
            _ = try? session.query("DELETE FROM knowledge_chunks WHERE clinic_id = ANY($1::text[])", [.text("{\(target),\(crowd)}")], idempotent: true)
        }
        // The crowd's 200 chunks lie tight around the query; the target's 60 a little further (cosine distance ~0.14):
        // a walk of fewer than 200 candidates around the query finds the crowd's rows only.
        let axes = RandomAxes(count: 8)
        func jitter(_ base: [Float]) -> [Float] { axes.vector(base.map { $0 + Float.random(in: -0.03...0.03) }) }
        let near: [Float] = [1, 0, 0, 0, 0, 0, 0, 0], aside: [Float] = [1, 0.6, 0, 0, 0, 0, 0, 0]
        let targetVectors = (0..<60).map { _ in jitter(aside) }
        let targetIds = try ClinicWideVectorSearchTests.insert(targetVectors, clinic: target, patient: nil, model: Self.model, in: db)
        _ = try ClinicWideVectorSearchTests.insert((0..<200).map { _ in jitter(near) }, clinic: crowd, patient: nil, model: Self.model, in: db)
        let query = axes.vector(near), exactTop5 = ClinicWideVectorSearchTests.bruteForce(query, ids: targetIds, vectors: targetVectors, k: 5)

        // The premise, checked with the walk alone: 60 candidates around the query hold fewer than 5 of the target's
        // rows, 240 hold at least 5.
        let (walk60, walk240) = try db.transaction(timeoutMs: TestDatabase.timeoutMs) { tx in
            (try tx.knowledge.approximateNearest(to: query, clinicId: target, embeddingModel: Self.model, limit: 5, efSearch: 60),
             try tx.knowledge.approximateNearest(to: query, clinicId: target, embeddingModel: Self.model, limit: 5, efSearch: 240))
        }
        #expect(walk60.count < 5, "the first walk must come back short for this test to mean anything")
        #expect(walk240.count == 5, "the wider walk must come back full for this test to mean anything")

        // Short at 60, full at 240: the wider walk serves the search — no exact ranking after it.
        let widened = try session.knowledge.nearestTraced(to: query, clinicId: target, embeddingModel: Self.model, limit: 5,
                                                          policy: Self.policy(efSearch: 60))
        #expect(widened.path == .widerWalk(efSearch: 60, widened: 240))
        #expect(widened.matches.count == 5 && Set(widened.matches.map(\.id)).isSubset(of: Set(targetIds)))

        // Short at 40 and at 160 (both inside the crowd): ranked exactly, the brute-force top 5.
        let exact = try session.knowledge.nearestTraced(to: query, clinicId: target, embeddingModel: Self.model, limit: 5,
                                                        policy: Self.policy(efSearch: 40))
        #expect(exact.path == .exactAfterShortWalks(efSearch: 40, widened: 160))
        #expect(exact.matches.map(\.id) == exactTop5)

        // No room to widen (the ceiling is the first walk's size): straight to the exact ranking.
        let capped = try session.knowledge.nearestTraced(to: query, clinicId: target, embeddingModel: Self.model, limit: 5,
                                                         policy: Self.policy(efSearch: 60, maxEfSearch: 60))
        #expect(capped.path == .exactAfterShortWalks(efSearch: 60, widened: nil))
        #expect(capped.matches.map(\.id) == exactTop5)

        // A query inside the target's own chunks: the first walk is full, nothing more runs.
        let own = axes.vector(aside)
        let direct = try session.knowledge.nearestTraced(to: own, clinicId: target, embeddingModel: Self.model, limit: 5,
                                                         policy: Self.policy(efSearch: 40))
        #expect(direct.path == .walk(efSearch: 40))
        #expect(direct.matches.count == 5 && Set(direct.matches.map(\.id)).isSubset(of: Set(targetIds)))

        // A clinic under the exact limit, and one patient's chunks, are exact by the policy's choice.
        #expect(try session.knowledge.nearestTraced(to: query, clinicId: target, embeddingModel: Self.model, limit: 5,
                                                    policy: VectorSearchPolicy(exactRowLimit: 100, oversampling: 4)).path == .exact)
        #expect(try session.knowledge.nearestTraced(to: query, clinicId: target, patientId: "nobody", embeddingModel: Self.model, limit: 5,
                                                    policy: Self.policy(efSearch: 60)).path == .exact)
        // `nearest` is the traced search's matches: the same exact top 5 where the walks are short.
        #expect(try session.knowledge.nearest(to: query, clinicId: target, embeddingModel: Self.model, limit: 5, policy: Self.policy(efSearch: 40))
            .map(\.id) == exactTop5)
    }
}
