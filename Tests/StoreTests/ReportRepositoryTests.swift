import Foundation
import Store
import Testing
import TestSupport

@Suite struct ReportRepositoryTests {
    @Test func insertThenFindReturnsEveryField() throws {
        let db = try TestDatabase.app()
        let session = db.session(timeoutMs: TestDatabase.timeoutMs)
        let clinic = TestDatabase.uniqueClinic()
        let inserted = try session.reports.insert(sampleReport(clinic: clinic, patient: "p-1"))
        let found = try #require(try session.reports.find(id: inserted.id, clinicId: clinic))
        #expect(found == inserted)
        #expect(found.patientId == "p-1")
        #expect(found.originalText == "Paciente con cefalea")
        #expect(found.status == .success)
        #expect(found.sourceSystem == "ehr-test")
        #expect(found.metadataJSON == #"{"ward": "3B", "priority": 2}"#)
        #expect(found.inputTokens == 120 && found.outputTokens == 30)
        // 90 days by default, measured by the server's own clock.
        let days = Double(found.expiresAt.microsecondsSinceEpoch - found.createdAt.microsecondsSinceEpoch) / 86_400e6
        #expect(abs(days - 90) < 0.01)
    }

    @Test func retentionDaysSetTheExpiry() throws {
        let db = try TestDatabase.app()
        var report = sampleReport(clinic: TestDatabase.uniqueClinic(), patient: "p-1")
        report.retentionDays = 7
        let row = try db.session(timeoutMs: TestDatabase.timeoutMs).reports.insert(report)
        let days = Double(row.expiresAt.microsecondsSinceEpoch - row.createdAt.microsecondsSinceEpoch) / 86_400e6
        #expect(abs(days - 7) < 0.01)
    }

    @Test func listingIsNewestFirstWithCursorPagination() throws {
        let db = try TestDatabase.app()
        let session = db.session(timeoutMs: TestDatabase.timeoutMs)
        let clinic = TestDatabase.uniqueClinic()
        // Five share one created_at (one transaction): the id breaks the tie.
        var ids: [String] = []
        for index in 0..<20 { ids.append(try session.reports.insert(sampleReport(clinic: clinic, patient: "p-9", summary: "s\(index)")).id) }
        try db.transaction(timeoutMs: TestDatabase.timeoutMs) { tx in
            for index in 20..<25 { ids.append(try tx.reports.insert(sampleReport(clinic: clinic, patient: "p-9", summary: "s\(index)")).id) }
        }
        _ = try session.reports.insert(sampleReport(clinic: clinic, patient: "another-patient"))

        var seen: [ReportRow] = []
        var cursor: String?
        var pages = 0
        repeat {
            let page = try session.reports.list(clinicId: clinic, patientId: "p-9", limit: 10, cursor: cursor)
            seen += page.reports
            cursor = page.nextCursor
            pages += 1
        } while cursor != nil && pages < 10
        #expect(pages == 3)
        #expect(seen.count == 25)
        #expect(Set(seen.map(\.id)) == Set(ids))
        for (newer, older) in zip(seen, seen.dropFirst()) {
            #expect(newer.createdAt > older.createdAt || (newer.createdAt == older.createdAt && newer.id > older.id))
        }
        #expect(seen.first?.summary == "s24" || seen.prefix(5).allSatisfy { Int($0.summary.dropFirst())! >= 20 })
    }

    @Test func aCursorWeDidNotMakeIsRejected() throws {
        let db = try TestDatabase.app()
        #expect(throws: StoreError.invalidCursor) {
            try db.session(timeoutMs: TestDatabase.timeoutMs).reports.list(clinicId: "c", patientId: "p", limit: 10, cursor: "'; DROP TABLE reports; --")
        }
        #expect(throws: StoreError.invalidCursor) {
            try db.session(timeoutMs: TestDatabase.timeoutMs).reports.list(clinicId: "c", patientId: "p", limit: 10, cursor: "cjE6MTIzOm5vdC1hLXV1aWQ")
        }
    }

    @Test func malformedIdsAreNotFound() throws {
        let db = try TestDatabase.app()
        #expect(try db.session(timeoutMs: TestDatabase.timeoutMs).reports.find(id: "not-a-uuid", clinicId: "c") == nil)
    }

    @Test func expiredReportsAreHiddenThenDeleted() throws {
        let db = try TestDatabase.app()
        let session = db.session(timeoutMs: TestDatabase.timeoutMs)
        let clinic = TestDatabase.uniqueClinic()
        let expired = try session.reports.insert(sampleReport(clinic: clinic, patient: "p-old"))
        let kept = try session.reports.insert(sampleReport(clinic: clinic, patient: "p-old"))
        _ = try session.query("UPDATE reports SET expires_at = now() - interval '1 second' WHERE id = $1::uuid",
                              [.text(expired.id)], idempotent: true)
        #expect(try session.reports.find(id: expired.id, clinicId: clinic) == nil)
        #expect(try session.reports.list(clinicId: clinic, patientId: "p-old", limit: 10).reports.map(\.id) == [kept.id])

        var deleted = 0
        repeat { deleted = try session.reports.deleteExpired(batchSize: 100) } while deleted == 100
        let remaining = try session.query("SELECT id::text FROM reports WHERE clinic_id = $1", [.text(clinic)], idempotent: true)
        #expect(remaining.rows.map { $0.values[0] } == [kept.id])
    }
}
