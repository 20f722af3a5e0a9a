import Foundation
import LambdaRuntime
import Store
import Testing
import TestSupport

@Suite struct RetentionTests {
    @Test func theColumnDefaultIsNinetyDays() throws {
        let db = try TestDatabase.app()
        let session = db.session(timeoutMs: TestDatabase.timeoutMs)
        // A row written without an expiry (by hand, by a later tool) still expires.
        let row = try session.query("""
            INSERT INTO reports (clinic_id, patient_id, original_text, summary, status, language, model, created_by)
            VALUES ($1, 'p', 't', 's', 'SUCCESS', 'es', 'm', 'sub')
            RETURNING extract(epoch from expires_at - created_at) / 86400 AS days
            """, [.text(TestDatabase.uniqueClinic())], idempotent: false).rows[0]
        #expect(abs(try row.double("days") - 90) < 0.001)
    }

    @Test func retentionDaysComeFromTheEnvironment() throws {
        #expect(try ReportRetention.days(Environment([:])) == 90)
        #expect(try ReportRetention.days(Environment(["REPORT_RETENTION_DAYS": "30"])) == 30)
        for bad in ["0", "-1", "3651", "ninety", "30 days"] {
            #expect(throws: ConfigurationError.self) { try ReportRetention.days(Environment(["REPORT_RETENTION_DAYS": bad])) }
        }
        let db = try TestDatabase.app()
        var report = sampleReport(clinic: TestDatabase.uniqueClinic(), patient: "p")
        report.retentionDays = try ReportRetention.days(Environment(["REPORT_RETENTION_DAYS": "30"]))
        let row = try db.session(timeoutMs: TestDatabase.timeoutMs).reports.insert(report)
        #expect(abs(Double(row.expiresAt.microsecondsSinceEpoch - row.createdAt.microsecondsSinceEpoch) / 86_400e6 - 30) < 0.001)
        report.retentionDays = 0
        #expect(throws: StoreError.invalidParameter("retention days out of range")) {
            try db.session(timeoutMs: TestDatabase.timeoutMs).reports.insert(report)
        }
    }

    @Test func deleteExpiredRemovesOnlyExpiredRowsInBatches() throws {
        let db = try TestDatabase.app()
        let session = db.session(timeoutMs: TestDatabase.timeoutMs)
        let clinic = TestDatabase.uniqueClinic()
        var expired: [String] = []
        var kept: [String] = []
        for index in 0..<7 {
            let row = try session.reports.insert(sampleReport(clinic: clinic, patient: "p", summary: "\(index)"))
            if index < 5 { expired.append(row.id) } else { kept.append(row.id) }
        }
        // One expiring a second from now is not expired yet.
        _ = try session.query("UPDATE reports SET expires_at = now() - interval '1 day' WHERE id = ANY($1::uuid[])",
                              [.text("{\(expired.joined(separator: ","))}")], idempotent: true)
        _ = try session.query("UPDATE reports SET expires_at = now() + interval '1 minute' WHERE id = $1::uuid", [.text(kept[0])], idempotent: true)
        // Other tests' expired rows may be deleted too (the job is not per clinic): count only ours.
        var passes = 0
        while try session.reports.deleteExpired(batchSize: 2) == 2 { passes += 1 }
        #expect(passes >= 2)
        let left = try session.query("SELECT id::text FROM reports WHERE clinic_id = $1 ORDER BY id", [.text(clinic)], idempotent: true)
        #expect(left.rows.map { $0.values[0]! } == kept.sorted())
    }
}

@Suite struct AuditedAccessTests {
    let access = AuditAccess(requestId: UUID().uuidString, identity: "sub-9", clinicId: TestDatabase.uniqueClinic(),
                             action: "report.create", resourceType: "report")

    @Test func theAccessAndItsAuditRowCommitTogether() throws {
        let db = try TestDatabase.app()
        let report = try db.audited(access, timeoutMs: TestDatabase.timeoutMs) { tx in
            let row = try tx.reports.insert(sampleReport(clinic: access.clinicId, patient: "p"))
            return Audited(row, resourceId: row.id)
        }
        let rows = try db.session(timeoutMs: TestDatabase.timeoutMs).audit.entries(requestId: access.requestId, clinicId: access.clinicId)
        #expect(rows.map(\.entry) == [AuditEntry(requestId: access.requestId, identity: "sub-9", clinicId: access.clinicId,
                                                 action: "report.create", resourceType: "report", resourceId: report.id, outcome: .success)])
    }

    @Test func aFailedAccessRollsBackAndLeavesOneErrorRow() throws {
        struct Refused: Error {}
        let db = try TestDatabase.app()
        #expect(throws: Refused.self) {
            try db.audited(access, timeoutMs: TestDatabase.timeoutMs) { tx -> Audited<ReportRow> in
                _ = try tx.reports.insert(sampleReport(clinic: access.clinicId, patient: "p"))
                throw Refused()
            }
        }
        let session = db.session(timeoutMs: TestDatabase.timeoutMs)
        #expect(try session.reports.list(clinicId: access.clinicId, patientId: "p", limit: 10).reports.isEmpty)
        #expect(try session.audit.entries(requestId: access.requestId, clinicId: access.clinicId).map(\.entry.outcome) == [.error])
    }
}
