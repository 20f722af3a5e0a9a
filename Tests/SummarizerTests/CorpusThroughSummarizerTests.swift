import Foundation
import Testing

/// Every labelled note of both corpora through the real summarizer binary (redaction on, the default): the
/// answer restores the identifiers, and none of them reaches the model or a log line. The PHI hunt of
/// `make test` then reads the same traffic from PHI_HUNT_DIR (issue 16 item 4).
@Suite(.serialized) struct CorpusThroughSummarizerTests {
    struct Note { let id: String; let text: String; let identifiers: [(kind: String, text: String)] }

    static func notes() throws -> [Note] {
        let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        var notes: [Note] = []
        for directory in ["ClinicalTests/Corpus", "ClinicalHeldOut"] {
            let folder = tests.appendingPathComponent(directory)
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where name.hasSuffix(".json") {
                let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent(name))) as? [String: Any])
                let spans = (json["phi"] as? [[String: Any]] ?? []).compactMap { span -> (String, String)? in
                    guard let kind = span["kind"] as? String, let text = span["text"] as? String else { return nil }
                    return (kind, text)
                }
                notes.append(Note(id: json["id"] as? String ?? name, text: json["text"] as? String ?? "", identifiers: spans))
            }
        }
        return notes
    }

    @Test func noLabelledIdentifierReachesTheModelOrTheLogs() throws {
        let notes = try Self.notes()
        try #require(notes.count >= 40)
        let harness = try SummarizerHarness()
        defer { harness.stop() }
        var leaks: [String] = []
        for note in notes {
            let before = harness.bedrock.receivedTexts.count
            let response = try harness.summarize(["patientId": "pat-" + note.id, "text": note.text])
            #expect(response.status == 201, "\(note.id): \(response.status)")
            let sent = harness.bedrock.receivedTexts.dropFirst(before).joined(separator: "\n")
            for identifier in note.identifiers where identifier.text.count >= 5 && sent.contains(identifier.text) {
                leaks.append("\(note.id): a \(identifier.kind) reached the model")  // never the value itself
            }
        }
        #expect(leaks.isEmpty, "\(leaks.count) identifiers reached the model: \(leaks.joined(separator: "; "))")
        let logs = harness.logs
        let logged = notes.flatMap { note in note.identifiers.filter { $0.text.count >= 5 && logs.contains($0.text) }.map { "\(note.id): \($0.kind)" } }
        #expect(logged.isEmpty, "identifiers in the summarizer's logs: \(logged.joined(separator: "; "))")
    }
}
