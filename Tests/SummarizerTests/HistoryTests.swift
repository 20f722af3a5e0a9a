import Foundation
import LocalStack
import Store
import Testing
import TestSupport

/// GET /patients/{patientId}/reports and GET /reports/{reportId}: order, limit, cursor, clinic scope, audit.
@Suite struct HistoryTests {
    @Test func historyIsNewestFirstWithLimitAndCursorAndEveryReadIsAudited() throws {
        let harness = try SummarizerHarness()
        defer { harness.stop() }
        let caller = Caller.doctor()
        var created: [String] = []
        for visit in 1...3 {
            let response = try harness.summarize(["patientId": "PAT-H", "language": "es",
                                                  "text": "Visita \(visit). Paciente con cefalea tensional. Plan: paracetamol 500 mg VO cada 8 horas."],
                                                 caller: caller)
            #expect(response.status == 201)
            created.append(try #require(response["reportId"] as? String))
        }
        // Another patient of the same clinic is not in this history.
        #expect(try harness.summarize(["patientId": "PAT-OTHER", "text": "Paciente con rinitis. Plan: loratadina 10 mg VO cada 24 horas."],
                                      caller: caller).status == 201)

        let first = try harness.history(patientId: "PAT-H", query: ["limit": "2"], caller: caller)
        #expect(first.status == 200)
        let firstReports = try #require(first["reports"] as? [[String: Any]])
        #expect(firstReports.compactMap { $0["reportId"] as? String } == [created[2], created[1]])
        #expect(firstReports.allSatisfy { ($0["summary"] as? String)?.isEmpty == false && $0["status"] as? String == "SUCCESS" })
        let cursor = try #require(first["nextCursor"] as? String)

        let second = try harness.history(patientId: "PAT-H", query: ["limit": "2", "cursor": cursor], caller: caller)
        #expect((second["reports"] as? [[String: Any]])?.compactMap { $0["reportId"] as? String } == [created[0]])
        #expect(second["nextCursor"] is NSNull)

        let all = try harness.history(patientId: "PAT-H", caller: caller)   // default limit 10
        #expect((all["reports"] as? [[String: Any]])?.count == 3)
        let timestamps = (all["reports"] as? [[String: Any]] ?? []).compactMap { $0["timestamp"] as? String }
        #expect(timestamps == timestamps.sorted(by: >))

        let db = try TestDatabase.app()
        let audits = try db.session(timeoutMs: 10_000).audit.entries(requestId: first.requestId, clinicId: caller.clinicId)
        #expect(audits.map(\.entry.action) == ["report.list"])
        #expect(audits.first?.entry.resourceId == "PAT-H" && audits.first?.entry.outcome == .success)
    }

    @Test func aReportIsReadInItsClinicAndIs404ForAnother() throws {
        let harness = try SummarizerHarness()
        defer { harness.stop() }
        let caller = Caller.doctor()
        let created = try harness.summarize(["patientId": "PAT-R", "text": TestNote.english.text, "sourceSystem": "ehr-x",
                                             "metadata": ["ward": "ICU", "bed": 7]], caller: caller)
        let reportId = try #require(created["reportId"] as? String)

        let read = try harness.report(reportId, caller: caller)
        #expect(read.status == 200)
        #expect(read["reportId"] as? String == reportId && read["summary"] as? String == created["summary"] as? String)
        #expect(read["text"] as? String == TestNote.english.text)
        let metadata = try #require(read["metadata"] as? [String: Any])
        #expect(metadata.count == 2 && metadata["ward"] as? String == "ICU" && metadata["bed"] as? Int == 7)
        #expect(read["sourceSystem"] as? String == "ehr-x" && read["createdBy"] as? String == caller.sub)
        #expect(read["expiresAt"] is String)

        // Another clinic: the same 404 as a report that does not exist, and an empty history.
        let stranger = Caller.doctor()
        let foreign = try harness.report(reportId, caller: stranger)
        #expect(foreign.status == 404 && foreign.errorCode == "NOT_FOUND")
        let missing = try harness.report(UUID().uuidString.lowercased(), caller: caller)
        #expect(missing.status == 404)
        #expect(try harness.report("not-a-uuid", caller: caller).status == 404)
        let foreignHistory = try harness.history(patientId: "PAT-R", caller: stranger)
        #expect((foreignHistory["reports"] as? [Any])?.isEmpty == true)

        let db = try TestDatabase.app()
        let ownAudit = try db.session(timeoutMs: 10_000).audit.entries(requestId: read.requestId, clinicId: caller.clinicId)
        #expect(ownAudit.map(\.entry.outcome) == [.success] && ownAudit.first?.entry.action == "report.read")
        let strangerAudit = try db.session(timeoutMs: 10_000).audit.entries(requestId: foreign.requestId, clinicId: stranger.clinicId)
        #expect(strangerAudit.map(\.entry.outcome) == [.notFound] && strangerAudit.first?.entry.resourceId == reportId)
        #expect(!harness.logs.contains("Robert James Whitfield"))
    }
}
