import Foundation
import Testing
import TestSupport

/// Every committed events/chat fixture through the real binary: each route answers what it should.
@Suite(.serialized) struct ChatFixtureTests {
    static let events = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("events/chat")

    @Test(arguments: [
        ("post-chat.json", 200), ("post-chat-en.json", 200), ("post-chat-followup-es.json", 404), ("get-chat-session.json", 404),
        ("get-chat-sessions.json", 200), ("get-usage.json", 200), ("get-usage-month-en.json", 200), ("get-usage-clinic-admin.json", 200),
    ])
    func fixtureAnswers(file: String, status: Int) throws {
        let harness = try ChatHarness()
        defer { harness.stop() }
        let payload = try harness.invoke(Array(try Data(contentsOf: Self.events.appendingPathComponent(file))))
        let response = try #require(try JSONSerialization.jsonObject(with: Data(payload)) as? [String: Any])
        #expect(response["statusCode"] as? Int == status)
        let body = try #require(try JSONSerialization.jsonObject(with: Data((response["body"] as? String ?? "").utf8)) as? [String: Any])
        if file.hasPrefix("post-chat") && status == 200 {
            #expect(body["language"] as? String == (file.contains("-en") ? "en" : "es"))
            #expect(body["reply"] is String && body["sources"] is [Any])
        }
        if file == "get-usage-clinic-admin.json" { #expect(body["scope"] as? String == "clinic") }
    }

    @Test func thePurgeFixtureRuns() throws {
        let harness = try ChatHarness()
        defer { harness.stop() }
        let payload = try harness.invoke(Array(try Data(contentsOf: Self.events.appendingPathComponent("schedule-purge-expired-chats.json"))))
        let result = try #require(try JSONSerialization.jsonObject(with: Data(payload)) as? [String: Any])
        #expect(result["complete"] as? Bool == true && result["deletedMessages"] is Int)
    }
}
