@testable import AWSClients
@testable import AWSClientsCore
import AWSEvents
import Clinical
@testable import FileProcessorHandler
import Foundation
import Testing

/// The pieces the function is built from: passages, the strict answer reader, BDA's shapes and events.
@Suite struct DomainPiecesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func passagesStayWithinTokenBoundsOverlapAndKeepHeadingsWithTheirText() {
        let text = TestDocuments.long(paragraphs: 40)
        let passages = TextChunker.passages([TextSection(text: text)])
        #expect(passages.count >= 4)
        for passage in passages.dropLast() {
            #expect(passage.tokens <= 500)
            #expect(passage.tokens >= 300, "passages are filled to the target before they are cut: \(passage.tokens)")
        }
        for (previous, next) in zip(passages, passages.dropFirst()) {
            let lastSentence = SentenceSegmenter.split(previous.text).last!
            #expect(next.text.contains(lastSentence) || TextChunker.isHeading(SentenceSegmenter.split(next.text).first!),
                    "each passage starts with the previous one's last sentence, unless a heading starts it")
        }
        for passage in passages { #expect(!TextChunker.isHeading(SentenceSegmenter.split(passage.text).last!) || passage == passages.last!) }
        #expect(TextChunker.isHeading("Diagnósticos:"))
        #expect(TextChunker.isHeading("# Plan"))
        #expect(TextChunker.isHeading("EVOLUCIÓN"))
        #expect(!TextChunker.isHeading("Paciente estable."))
    }

    @Test func passagesCarryTheDocumentsRedactionCutByOffset() {
        let sections = [TextSection(text: TestDocuments.long(paragraphs: 25), page: 0), TextSection(text: TestDocuments.note, page: 1)]
        let document = sections.map(\.text).joined(separator: "\n\n")
        let redaction = PHIRedactor().redact(document)
        let passages = TextChunker.passages(sections, redaction: redaction)
        #expect(passages.map(\.text) == TextChunker.passages(sections).map(\.text), "redaction changes no boundary")
        let redacted = passages.map(\.redactedText).joined(separator: "\n")
        for identifier in TestDocuments.identifiers { #expect(!redacted.contains(identifier), "\(identifier) left in a redacted passage") }
        #expect(redacted.contains("[NOMBRE_1]") || redacted.contains("[CURP_1]"))
        #expect(passages.contains { $0.text.contains("José Luis Hernández Gutiérrez") }, "the passage itself keeps the original")
        #expect(passages.filter { $0.page == 1 }.isEmpty == false)
    }

    @Test func passagesCarryTheirPageOrTimeOffset() {
        let sections = (0..<6).map { TextSection(text: String(repeating: "Glucemia en ayuno de 120 mg/dL sin síntomas. ", count: 30), page: $0 + 3) }
        let passages = TextChunker.passages(sections)
        #expect(passages.first?.page == 3)
        #expect(passages.map { $0.page ?? -1 } == passages.map { $0.page ?? -1 }.sorted())
        #expect(Set(passages.compactMap(\.page)).count > 2)
        let audio = TextChunker.passages([TextSection(text: "[spk_0]: Buenos días.", timeOffsetMs: 0),
                                          TextSection(text: "[spk_1]: Me duele la cabeza.", timeOffsetMs: 1800)])
        #expect(audio.first?.timeOffsetMs == 0)
    }

    @Test func theAnswerParserIsStrict() throws {
        let ok = #"{"diagnosis":["Hipertensión (I10)"],"medications":[{"name":"Losartán","dose":"50 mg","route":"VO","frequency":null}],"followUp":[],"notes":""}"#
        let parsed = try ExtractionAnswerParser.parse(ok)
        #expect(parsed.medications == [ExtractedMedication(name: "Losartán", dose: "50 mg", route: "VO", frequency: nil)])
        #expect(try ExtractionAnswerParser.parse("```json\n\(ok)\n```") == parsed)
        for bad in ["Here it is: \(ok)", #"{"diagnosis":[]}"#, ok.replacingOccurrences(of: #""notes":"""#, with: #""notes":"","extra":1"#),
                    ok.replacingOccurrences(of: #"["Hipertensión (I10)"]"#, with: #""Hipertensión""#),
                    ok.replacingOccurrences(of: #""name":"Losartán""#, with: #""name":"""#), "[]", ""] {
            #expect(throws: ExtractionAnswerError.self) { try ExtractionAnswerParser.parse(bad) }
        }
    }

    @Test func offlineExtractionOfTheNote() {
        let data = DocumentExtractionData(offline: ClinicalExtractor().extract(TestDocuments.note))
        #expect(data.medications.contains { $0.name.lowercased() == "metformina" && $0.dose == "850 mg" })
        #expect(!data.diagnosis.isEmpty)
        #expect(!data.followUp.isEmpty)
    }

    @Test func bdaEventFixturesDecode() throws {
        let dir = Self.root.appendingPathComponent("events/file-processor")
        let success = try DataAutomationJobEvent.decode(Array(try Data(contentsOf: dir.appendingPathComponent("bda-job-succeeded.json"))))
        #expect(success.outcome == .succeeded)
        #expect(success.jobId == "5d2c7a1e-3b4f-4e6a-9c8d-7f1e2a3b4c5d")
        let failure = try DataAutomationJobEvent.decode(Array(try Data(contentsOf: dir.appendingPathComponent("bda-job-failed.json"))))
        #expect(failure.outcome == .clientError)
        #expect(failure.failureText == "The document is password protected and cannot be processed.")
        let camel = try DataAutomationJobEvent.decode(Array(#"{"source":"aws.bedrock","detail-type":"Bedrock Data Automation Job Failed With Service Error","detail":{"job_id":"j1","errorMessage":"boom","unknown":{"x":1}}}"#.utf8))
        #expect(camel.outcome == .serviceError && camel.failureText == "boom")
        let statusOnly = try DataAutomationJobEvent.decode(Array(#"{"source":"aws.bedrock","detail-type":"Bedrock Data Automation Job Failed With Client Error","detail":{"job_status":"CLIENT_ERROR"}}"#.utf8))
        #expect(statusOnly.failureText == "CLIENT_ERROR" && statusOnly.jobId == nil)
        #expect(throws: DataAutomationJobEvent.Malformed.self) { try DataAutomationJobEvent.decode(Array(#"{"source":"aws.s3"}"#.utf8)) }
        for name in ["s3-object-created-text.json", "s3-object-created-pdf.json"] {
            let event = try JSONDecoder().decode(S3Event.self, from: Data(contentsOf: dir.appendingPathComponent(name)))
            #expect(event.Records.first?.s3.object.decodedKey?.hasPrefix("clinics/clinic-mx-001/patients/PAC-000123/documents/") == true)
        }
    }

    @Test func bdaResultsOfEachModalityBecomeSections() throws {
        let image: [String: Any] = ["metadata": ["semantic_modality": "IMAGE"],
                                    "image": ["summary": "Receta médica manuscrita.", "text_lines": [["text": "Amoxicilina 500 mg"], ["text": "c/8h 7 días"]]]]
        let imageSections = try DataAutomationOutput.sections(result: Array(try JSONSerialization.data(withJSONObject: image)))
        #expect(imageSections == [TextSection(text: "Receta médica manuscrita.\n\nAmoxicilina 500 mg\nc/8h 7 días")])
        let audio: [String: Any] = ["metadata": ["semantic_modality": "AUDIO"], "audio_segments": [
            ["segment_index": 0, "text": "¿Qué le pasa?", "start_timestamp_millis": 0, "speaker": ["speaker_label": "spk_0"]],
            ["segment_index": 1, "text": "Tengo fiebre.", "start_timestamp_millis": 2300, "speaker": ["speaker_label": "spk_1"]],
        ], "audio": ["transcript": ["representation": ["text": "¿Qué le pasa? Tengo fiebre."]]]]
        let audioSections = try DataAutomationOutput.sections(result: Array(try JSONSerialization.data(withJSONObject: audio)))
        #expect(audioSections == [TextSection(text: "[spk_0]: ¿Qué le pasa?", timeOffsetMs: 0), TextSection(text: "[spk_1]: Tengo fiebre.", timeOffsetMs: 2300)])
        let document: [String: Any] = ["metadata": ["semantic_modality": "DOCUMENT", "start_page_index": 4],
                                       "document": ["representation": ["markdown": "# Informe\nTexto."]]]
        #expect(try DataAutomationOutput.sections(result: Array(try JSONSerialization.data(withJSONObject: document)))
                == [TextSection(text: "# Informe\nTexto.", page: 4)])
        let metadata = #"{"job_id":"j","output_metadata":[{"asset_id":0,"segment_metadata":[{"standard_output_path":"s3://b/o/j/0/standard_output/0/result.json"},{"standard_output_path":"s3://b/o/j/0/standard_output/1/result.json","custom_output_status":"NO_MATCH"}]}]}"#
        #expect(try DataAutomationOutput.standardOutputPaths(jobMetadata: Array(metadata.utf8)).count == 2)
    }

    @Test func keysAndListingXML() throws {
        #expect(DocumentObjectKey.safe("Análisis de sangre + orina (marzo).pdf", limit: 100) == "An_lisis_de_sangre_orina_marzo_.pdf")
        #expect(DocumentObjectKey.safe("..hidden", limit: 100) == "hidden")
        #expect(DocumentObjectKey.safe(String(repeating: "a", count: 300) + ".pdf", limit: 100).hasSuffix(".pdf"))
        #expect(DataAutomationInvocation.jobId(fromArn: "arn:aws:bedrock:us-east-1:1:data-automation-invocation/abc-123") == "abc-123")
        #expect(DataAutomationInvocation.jobId(fromArn: "arn:aws:bedrock:us-east-1:1:other/abc") == nil)
        #expect(S3XML.elements("Key", in: "<Key>a&amp;b</Key><Key>c&#233;</Key>").map(S3XML.unescape) == ["a&b", "cé"])
        #expect(S3URI("s3://bucket/bda-output") == S3URI(bucket: "bucket", key: "bda-output"))
        #expect(S3URI("https://x") == nil)
        #expect(try TextDocumentDecoding.decode([0xEF, 0xBB, 0xBF, 0x61]).text == "a")
        #expect(FailureSettlement.epochSeconds("1970-01-01T00:01:00.000Z") == 60)
    }
}
