import Foundation
import Store
import Testing
import TestSupport

/// Sessions: ownership, idle closing, listing, validation, retention.
@Suite(.serialized) struct ChatSessionTests {
    @Test func anotherUsersOrClinicsSessionIs404() throws {
        let harness = try ChatHarness()
        defer { harness.stop() }
        let owner = Caller.doctor()
        _ = try KnowledgeBase.standard(clinic: owner.clinicId)
        let first = try harness.chat(["message": "¿Qué dosis de metformina tiene indicada?"], caller: owner)
        #expect(first.status == 200)
        let colleague = Caller.doctor(clinic: owner.clinicId)
        let stranger = Caller(sub: owner.sub, clinicId: TestDatabase.uniqueClinic()) // same sub, another clinic
        for caller in [colleague, stranger] {
            let posted = try harness.chat(["message": "¿Y la HbA1c?", "sessionId": first.sessionId], caller: caller)
            #expect(posted.status == 404 && posted.errorCode == "NOT_FOUND")
            #expect(try harness.session(first.sessionId, caller: caller).status == 404)
        }
        #expect(try harness.session(UUID().uuidString.lowercased(), caller: owner).status == 404)
        #expect(try harness.session("not-a-uuid", caller: owner).status == 404)
        // The owner reads the session, messages in order.
        let detail = try harness.session(first.sessionId, caller: owner)
        #expect(detail.status == 200)
        let messages = try #require(detail["messages"] as? [[String: Any]])
        #expect(messages.map { $0["role"] as? String } == ["user", "assistant"])
        #expect(messages[0]["content"] as? String == "¿Qué dosis de metformina tiene indicada?")
        #expect((messages[1]["sources"] as? [[String: Any]])?.isEmpty == false)
        #expect(messages[1]["model"] as? String == ChatHarness.modelId)
        #expect(messages[1]["status"] as? String == "SUCCESS")
        #expect(((messages[1]["tokens"] as? [String: Any])?["output"] as? Int ?? 0) > 0)
        #expect(detail["closed"] as? Bool == false)
        // Reads are audited, the refused ones as not_found.
        let audit = try KnowledgeBase.query("SELECT outcome FROM audit_log WHERE clinic_id = $1 AND action = 'chat.session.read' ORDER BY id",
                                            [.text(owner.clinicId)])
        #expect(try audit.rows.map { try $0.string("outcome") }.contains("not_found"))
        #expect(try audit.rows.map { try $0.string("outcome") }.last == "success")
    }

    @Test func anIdleSessionIsClosedWith409() throws {
        let harness = try ChatHarness(environment: ["CHAT_SESSION_IDLE_MINUTES": "60"])
        defer { harness.stop() }
        let caller = Caller.doctor()
        _ = try KnowledgeBase.standard(clinic: caller.clinicId)
        let first = try harness.chat(["message": "¿Qué dosis de metformina tiene indicada?"], caller: caller)
        #expect(first.status == 200)
        try KnowledgeBase.owner("UPDATE chat_sessions SET updated_at = now() - interval '59 minutes' WHERE id = $1::uuid", [.text(first.sessionId)])
        #expect(try harness.chat(["message": "¿Y la HbA1c?", "sessionId": first.sessionId], caller: caller).status == 200)
        try KnowledgeBase.owner("UPDATE chat_sessions SET updated_at = now() - interval '61 minutes' WHERE id = $1::uuid", [.text(first.sessionId)])
        let closed = try harness.chat(["message": "¿Y la glucosa?", "sessionId": first.sessionId], caller: caller)
        #expect(closed.status == 409 && closed.errorCode == "SESSION_CLOSED")
        #expect(try harness.session(first.sessionId, caller: caller)["closed"] as? Bool == true)
    }

    @Test func aSessionKeepsItsPatient() throws {
        let harness = try ChatHarness()
        defer { harness.stop() }
        let caller = Caller.doctor()
        _ = try KnowledgeBase.standard(clinic: caller.clinicId, patient: "PAC-A")
        let first = try harness.chat(["message": "¿Qué dosis de metformina tiene indicada?", "patientId": "PAC-A"], caller: caller)
        #expect(first.status == 200 && !first.sources.isEmpty)
        let other = try harness.chat(["message": "¿Y la HbA1c?", "sessionId": first.sessionId, "patientId": "PAC-B"], caller: caller)
        #expect(other.status == 409 && other.errorCode == "SESSION_PATIENT_MISMATCH")
        // Without patientId the session's patient still scopes retrieval.
        let follow = try harness.chat(["message": "¿Cuál es la HbA1c?", "sessionId": first.sessionId], caller: caller)
        #expect(follow.status == 200 && !follow.sources.isEmpty)
    }

    @Test func sessionsAreListedNewestFirstWithACursor() throws {
        let harness = try ChatHarness()
        defer { harness.stop() }
        let caller = Caller.doctor()
        _ = try KnowledgeBase.standard(clinic: caller.clinicId)
        var ids: [String] = []
        for question in ["¿Qué dosis de metformina?", "¿Qué inhalador usa?", "¿Qué dosis de losartán?"] {
            ids.append(try harness.chat(["message": question], caller: caller).sessionId)
        }
        _ = try harness.chat(["message": "¿Qué dosis de metformina?"], caller: Caller.doctor(clinic: caller.clinicId)) // someone else's
        let page1 = try harness.sessions(query: ["limit": "2"], caller: caller)
        #expect(page1.status == 200)
        let first = try #require(page1["sessions"] as? [[String: Any]])
        #expect(first.map { $0["sessionId"] as? String } == [ids[2], ids[1]])
        #expect(first[0]["title"] as? String == "¿Qué dosis de losartán?")
        let cursor = try #require(page1["nextCursor"] as? String)
        let page2 = try harness.sessions(query: ["limit": "2", "cursor": cursor], caller: caller)
        #expect((page2["sessions"] as? [[String: Any]])?.map { $0["sessionId"] as? String } == [ids[0]])
        #expect(page2["nextCursor"] is NSNull)
        #expect(try harness.sessions(query: ["cursor": "garbage!"], caller: caller).status == 400)
        #expect(try harness.sessions(query: ["limit": "0"], caller: caller).status == 400)
    }

    @Test func badRequestsAreRefusedClearly() throws {
        let harness = try ChatHarness()
        defer { harness.stop() }
        let caller = Caller.doctor()
        func post(_ body: String, headers: [String: String] = ["Content-Type": "application/json"]) throws -> ChatHarness.Response {
            try harness.request("POST", resource: "/chat", path: "/chat", body: body, headers: headers, caller: caller)
        }
        #expect(try post("{\"message\":\"   \"}").status == 400)
        #expect(try post("{}").errorCode == "VALIDATION_FAILED")
        #expect(try post("[1]").status == 400)
        #expect(try post("{\"message\":\"hola\",\"extra\":1}").status == 400)
        #expect(try post("{\"message\":42}").status == 400)
        #expect(try post("{\"message\":\"hola\",\"sessionId\":\"abc\"}").status == 400)
        #expect(try post("{\"message\":\"hola\",\"patientId\":\"a b\"}").status == 400)
        #expect(try post("{\"message\":\"hola\",\"language\":\"fr\"}").status == 400)
        let long = try post("{\"message\":\"\(String(repeating: "á", count: 4001))\"}")
        #expect(long.status == 413 && long.errorCode == "PAYLOAD_TOO_LARGE")
        #expect(try post("{\"message\":\"\(String(repeating: "á", count: 4000))\"}").status == 200)
        #expect(try post("message=hola", headers: ["Content-Type": "text/plain"]).status == 415)
        #expect(try harness.request("POST", resource: "/chat", path: "/chat", body: "{\"message\":\"hola\"}", caller: nil).status == 401)
        #expect(harness.bedrock.converseRequestCount == 0)
    }

    @Test func theDailyPurgeDeletesExpiredChats() throws {
        let harness = try ChatHarness(environment: ["REPORT_RETENTION_DAYS": "30"])
        defer { harness.stop() }
        let caller = Caller.doctor()
        _ = try KnowledgeBase.standard(clinic: caller.clinicId)
        let old = try harness.chat(["message": "¿Qué dosis de metformina tiene indicada?"], caller: caller)
        let fresh = try harness.chat(["message": "¿Qué inhalador usa?"], caller: caller)
        let expiry = try KnowledgeBase.query("""
            SELECT extract(epoch from (expires_at - created_at))::int8 / 86400 AS days FROM chat_messages WHERE session_id = $1::uuid
            """, [.text(old.sessionId)])
        #expect(try expiry.rows.map { try $0.int("days") } == [30, 30])
        try KnowledgeBase.owner("UPDATE chat_messages SET expires_at = now() - interval '1 second' WHERE session_id = $1::uuid", [.text(old.sessionId)])
        try KnowledgeBase.owner("UPDATE chat_sessions SET expires_at = now() - interval '1 second' WHERE id = $1::uuid", [.text(old.sessionId)])
        #expect(try harness.session(old.sessionId, caller: caller).status == 404) // expired is never returned
        let answer = try harness.invoke(Array("{\"action\":\"purgeExpiredChats\"}".utf8))
        let result = try #require(try JSONSerialization.jsonObject(with: Data(answer)) as? [String: Any])
        #expect((result["deletedMessages"] as? Int ?? 0) >= 2 && (result["deletedSessions"] as? Int ?? 0) >= 1)
        #expect(result["complete"] as? Bool == true)
        let left = try KnowledgeBase.query("SELECT count(*) AS n FROM chat_messages WHERE session_id = $1::uuid", [.text(old.sessionId)])
        #expect(try left.rows[0].int("n") == 0)
        #expect(try harness.session(fresh.sessionId, caller: caller).status == 200)
    }
}
