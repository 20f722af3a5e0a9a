import Foundation
import Store
import Testing
import TestSupport

/// GET /usage: the caller's month, and an admin's clinic view.
@Suite(.serialized) struct UsageTests {
    @Test func usageOfOwnMonthAndOfTheClinicForAdminsOnly() throws {
        let harness = try ChatHarness(environment: ["BUDGET_USD_PER_USER_MONTH": "5"])
        defer { harness.stop() }
        let doctor = Caller.doctor()
        let admin = Caller.admin(clinic: doctor.clinicId)
        _ = try KnowledgeBase.standard(clinic: doctor.clinicId)
        #expect(try harness.chat(["message": "¿Qué dosis de metformina tiene indicada?"], caller: doctor).status == 200)
        #expect(try harness.chat(["message": "¿Qué inhalador usa para el asma?"], caller: doctor).status == 200)
        // Another clinic's usage never counts.
        let outsider = Caller.doctor()
        _ = try KnowledgeBase.standard(clinic: outsider.clinicId)
        #expect(try harness.chat(["message": "¿Qué dosis de metformina?"], caller: outsider).status == 200)

        let own = try harness.usage(caller: doctor)
        #expect(own.status == 200)
        let formatter = ISO8601DateFormatter()
        #expect(own["month"] as? String == String(formatter.string(from: Date()).prefix(7)))
        let totals = try #require(own["totals"] as? [String: Any])
        #expect(totals["calls"] as? Int == 4) // two embeddings, two Converse calls
        let groups = try #require(own["byFunction"] as? [[String: Any]])
        #expect(Set(groups.compactMap { $0["model"] as? String }) == [ChatHarness.modelId, ChatHarness.embeddingModelId])
        #expect(groups.allSatisfy { $0["function"] as? String == "chat" && $0["calls"] as? Int == 2 })
        let budget = try #require(own["budget"] as? [String: Any])
        let spent = budget["spentUsd"] as? Double ?? 0
        #expect(spent > 0 && abs((budget["remainingUsd"] as? Double ?? 0) - (5 - spent)) < 1e-9)
        #expect(budget["limitUsd"] as? Double == 5)

        let refused = try harness.usage(query: ["scope": "clinic"], caller: doctor)
        #expect(refused.status == 403 && refused.errorCode == "FORBIDDEN")

        let clinic = try harness.usage(query: ["scope": "clinic"], caller: admin)
        #expect(clinic.status == 200)
        #expect(clinic["activeUsers"] as? Int == 1)
        let users = try #require(clinic["users"] as? [[String: Any]])
        #expect(users.map { $0["userId"] as? String } == [doctor.sub])
        #expect(abs((clinic["costPerActiveUserUsd"] as? Double ?? 0) - spent) < 1e-8)
        let work = try #require(clinic["work"] as? [String: Any])
        #expect(work["chatAnswers"] as? Int == 2 && work["summaries"] as? Int == 0 && work["documentsProcessed"] as? Int == 0)
        #expect(((clinic["totals"] as? [String: Any])?["calls"] as? Int) == 4)

        // A past month is empty; a malformed one is refused.
        let past = try harness.usage(query: ["month": "2020-01"], caller: doctor)
        #expect(past.status == 200 && (past["totals"] as? [String: Any])?["calls"] as? Int == 0)
        #expect(try harness.usage(query: ["month": "2026-13"], caller: doctor).status == 400)
        #expect(try harness.usage(query: ["scope": "everyone"], caller: admin).status == 400)

        let audit = try KnowledgeBase.query("""
            SELECT action, outcome FROM audit_log WHERE clinic_id = $1 AND action LIKE 'usage.%' ORDER BY id
            """, [.text(doctor.clinicId)])
        let rows = try audit.rows.map { "\(try $0.string("action")):\(try $0.string("outcome"))" }
        #expect(rows.starts(with: ["usage.read:success", "usage.read.clinic:denied", "usage.read.clinic:success"]))
    }
}
