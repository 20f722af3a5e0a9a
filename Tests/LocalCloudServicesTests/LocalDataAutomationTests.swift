import AWSClients
import Foundation
import LambdaRuntime
@testable import LocalStack
import Testing

/// A LocalS3 and a LocalDataAutomation reading and writing through it, collecting completion events.
final class BDAFixture: @unchecked Sendable {
    let storage: S3Fixture
    let automation: LocalDataAutomation
    let delivered = Delivered<[UInt8]>()
    var bucket: String { storage.bucket }
    var s3: S3Client { storage.client }

    init(tools: DocumentTextExtractor.Tools = .init()) throws {
        storage = try S3Fixture()
        let delivered = self.delivered
        automation = try LocalDataAutomation(s3: storage.client, region: LocalCredentials.region, accountId: "000000000000", tools: tools,
                                             maxInputBytes: LocalDataAutomation.defaultMaxInputBytes, maxConcurrentJobs: 2,
                                             logger: LocalCloud.quiet) { delivered.append($0) }
    }

    /// The completion events delivered so far (after waiting for `count` of them), decoded.
    func events(waitingFor count: Int = 0, seconds: Double = 10) -> [[String: Any]] {
        delivered.wait(for: count, seconds: seconds).map { (try? JSONSerialization.jsonObject(with: Data($0)) as? [String: Any]) ?? [:] }
    }

    deinit { automation.stop() }

    func request(_ operation: String, _ body: [String: Any], credentials: AWSCredentials = LocalCloud.localCredentials,
                 service: String = "bedrock") throws -> (status: Int, json: [String: Any], errorType: String?) {
        let response = try LocalCloud.signedCall("POST", automation.endpointURL + "/",
                                                 headers: [("Content-Type", "application/x-amz-json-1.1"),
                                                           ("X-Amz-Target", "AmazonBedrockKeystoneRuntimeService.\(operation)")],
                                                 body: Array(try JSONSerialization.data(withJSONObject: body)), service: service, credentials: credentials)
        let json = (try? JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any]) ?? [:]
        return (response.status, json, response.header("x-amzn-ErrorType"))
    }

    func invokeBody(inputKey: String, outputPrefix: String = "bda-output/doc-1", token: String? = UUID().uuidString.lowercased(),
                    eventBridge: Bool = true) -> [String: Any] {
        var body: [String: Any] = [
            "inputConfiguration": ["s3Uri": "s3://\(bucket)/\(inputKey)"],
            "outputConfiguration": ["s3Uri": "s3://\(bucket)/\(outputPrefix)"],
            "dataAutomationConfiguration": ["dataAutomationProjectArn": automation.projectArn, "stage": "LIVE"],
            "dataAutomationProfileArn": automation.profileArn,
            "notificationConfiguration": ["eventBridgeConfiguration": ["eventBridgeEnabled": eventBridge]],
        ]
        if let token { body["clientToken"] = token }
        return body
    }

    /// Uploads `bytes`, starts a job on it, and returns its job id once the completion event arrived.
    func process(_ bytes: [UInt8], key: String, contentType: String, timeout: Double = 120) throws -> (jobId: String, event: [String: Any]) {
        try s3.putObject(bucket: bucket, key: key, body: bytes, contentType: contentType, context: LocalCloud.context())
        let before = delivered.all.count
        let started = try request("InvokeDataAutomationAsync", invokeBody(inputKey: key))
        try #require(started.status == 200, "InvokeDataAutomationAsync answered \(started.status) \(started.json)")
        let arn = try #require(started.json["invocationArn"] as? String)
        let prefix = "arn:aws:bedrock:us-east-1:000000000000:data-automation-invocation/"
        try #require(arn.hasPrefix(prefix))
        let jobId = String(arn.dropFirst(prefix.count))
        let arrived = events(waitingFor: before + 1, seconds: timeout)
        let event = try #require(arrived.count > before ? arrived[before] : nil, "no completion event within \(timeout) s")
        return (jobId, event)
    }

    func json(at key: String) throws -> [String: Any] {
        let object = try s3.getObject(bucket: bucket, key: key, maxBytes: 16 << 20, context: LocalCloud.context())
        return try #require(try JSONSerialization.jsonObject(with: Data(object.body)) as? [String: Any])
    }

    /// job_metadata.json, then the result.json it points at.
    func result(jobId: String, outputPrefix: String = "bda-output/doc-1") throws -> [String: Any] {
        let metadata = try json(at: "\(outputPrefix)/\(jobId)/job_metadata.json")
        #expect(metadata["job_id"] as? String == jobId)
        let segments = (metadata["output_metadata"] as? [[String: Any]])?.first?["segment_metadata"] as? [[String: Any]]
        let path = try #require(segments?.first?["standard_output_path"] as? String)
        #expect(path == "s3://\(bucket)/\(outputPrefix)/\(jobId)/0/standard_output/0/result.json")
        return try json(at: String(path.dropFirst("s3://\(bucket)/".count)))
    }
}

enum SamplePages {
    static let second: [SimplePDF.Line] = [
        .init("Página 2: evolución", size: 12, bold: true),
        .init("La paciente refiere poliuria y polidipsia desde hace dos semanas."),
        .init("¿Adherencia al tratamiento? Irregular; se refuerza la educación."),
    ]

    /// The generated PDF rendered at 300 dpi by poppler's pdftoppm, as a scanned report would arrive.
    static func png(of pdf: [UInt8]) throws -> [UInt8] {
        let directory = try LocalCloud.scratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try Data(pdf).write(to: URL(fileURLWithPath: directory + "/report.pdf"))
        _ = try BoundedProcess.run("pdftoppm", ["-r", "300", "-png", "-singlefile", directory + "/report.pdf", directory + "/report"],
                                   timeoutSeconds: 60, maxOutputBytes: 1 << 20)
        return Array(try Data(contentsOf: URL(fileURLWithPath: directory + "/report.png")))
    }

    static func pdftotext(_ pdf: [UInt8]) throws -> String {
        let directory = try LocalCloud.scratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try Data(pdf).write(to: URL(fileURLWithPath: directory + "/in.pdf"))
        return String(decoding: try BoundedProcess.run("pdftotext", [directory + "/in.pdf", "-"], timeoutSeconds: 60, maxOutputBytes: 1 << 20),
                      as: UTF8.self)
    }

    /// A scanned PDF: the generated report rendered at 150 dpi (8-bit gray) and placed as the page's only
    /// content, an image XObject, so the page has no text layer at all.
    static func scannedPDF(of pdf: [UInt8]) throws -> [UInt8] {
        let directory = try LocalCloud.scratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try Data(pdf).write(to: URL(fileURLWithPath: directory + "/report.pdf"))
        _ = try BoundedProcess.run("pdftoppm", ["-r", "150", "-gray", "-singlefile", directory + "/report.pdf", directory + "/report"],
                                   timeoutSeconds: 60, maxOutputBytes: 1 << 20)
        let pgm = Array(try Data(contentsOf: URL(fileURLWithPath: directory + "/report.pgm")))
        // "P5\n<width> <height>\n255\n" then one byte per pixel.
        var newlines = 0, start = 0
        for (index, byte) in pgm.enumerated() where byte == 0x0A { newlines += 1; if newlines == 3 { start = index + 1; break } }
        let header = String(decoding: pgm[0..<start], as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\n" })
        try #require(header.count == 4 && header[0] == "P5" && header[3] == "255")
        let pixels = Array(pgm[start...])
        let content = Array("q 595 0 0 842 0 0 cm /Im1 Do Q".utf8)
        let objects: [[UInt8]] = [
            Array("<< /Type /Catalog /Pages 2 0 R >>".utf8),
            Array("<< /Type /Pages /Kids [3 0 R] /Count 1 >>".utf8),
            Array("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>".utf8),
            Array("<< /Length \(content.count) >>\nstream\n".utf8) + content + Array("\nendstream".utf8),
            Array("<< /Type /XObject /Subtype /Image /Width \(header[1]) /Height \(header[2]) /ColorSpace /DeviceGray /BitsPerComponent 8 /Length \(pixels.count) >>\nstream\n".utf8)
                + pixels + Array("\nendstream".utf8),
        ]
        var out = Array("%PDF-1.4\n".utf8)
        var offsets: [Int] = []
        for (index, body) in objects.enumerated() {
            offsets.append(out.count)
            out += Array("\(index + 1) 0 obj\n".utf8) + body + Array("\nendobj\n".utf8)
        }
        let xref = out.count
        var table = "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { table += String(repeating: "0", count: 10 - String(offset).count) + String(offset) + " 00000 n \n" }
        table += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return out + Array(table.utf8)
    }
}

@Suite struct LocalDataAutomationTests {
    @Test func aPDFBecomesBDAsDocumentOutputAndTheSuccessEvent() throws {
        let fixture = try BDAFixture()
        let pdf = SimplePDF(pages: [SampleLabReport.lines, SamplePages.second]).bytes()
        let key = "uploads/clinic-mx-001/doc 1/informe de laboratorio.pdf"
        let (jobId, event) = try fixture.process(pdf, key: key, contentType: "application/pdf")

        #expect(event["version"] as? String == "0" && event["source"] as? String == "aws.bedrock")
        #expect(event["detail-type"] as? String == "Bedrock Data Automation Job Succeeded")
        #expect(event["account"] as? String == "000000000000" && event["region"] as? String == "us-east-1")
        #expect((event["resources"] as? [Any])?.isEmpty == true && (event["time"] as? String)?.hasSuffix("Z") == true)
        let detail = try #require(event["detail"] as? [String: Any])
        #expect(detail["job_id"] as? String == jobId && detail["job_status"] as? String == "SUCCESS")
        #expect(detail["semantic_modality"] as? String == "Document" && detail["error_message"] as? String == "")
        #expect(detail["input_s3_object"] as? [String: String] == ["s3_bucket": fixture.bucket, "name": key])
        #expect(detail["output_s3_location"] as? [String: String] == ["s3_bucket": fixture.bucket, "name": "bda-output/doc-1/\(jobId)/0"])

        let result = try fixture.result(jobId: jobId)
        let metadata = try #require(result["metadata"] as? [String: Any])
        #expect(metadata["semantic_modality"] as? String == "DOCUMENT" && metadata["file_type"] as? String == "PDF")
        #expect(metadata["number_of_pages"] as? Int == 2 && metadata["s3_key"] as? String == key && metadata["s3_bucket"] as? String == fixture.bucket)
        let pages = try #require(result["pages"] as? [[String: Any]])
        #expect(pages.map { $0["page_index"] as? Int } == [0, 1])
        let first = ((pages[0]["representation"] as? [String: String])?["text"]) ?? ""
        let second = ((pages[1]["representation"] as? [String: String])?["markdown"]) ?? ""
        for line in ["Laboratorio Clínico Santa Lucía", "Hemoglobina glucosilada (HbA1c): 8,2 % (referencia menor de 5,7 %)",
                     "Diagnóstico: diabetes mellitus tipo 2 con control glucémico insuficiente.",
                     "Indicación: aumentar metformina a 850 mg cada 12 horas con las comidas."] {
            #expect(first.contains(line), "page 1 lacks \(line)")
        }
        #expect(second.contains("¿Adherencia al tratamiento? Irregular; se refuerza la educación.") && !second.contains("metformina"))
        let document = try #require(result["document"] as? [String: Any])
        let whole = (document["representation"] as? [String: String])?["text"] ?? ""
        #expect(whole.contains("Página 2: evolución") && whole.contains("Triglicéridos: 210 mg/dL"))
        #expect(((document["summary"] as? String) ?? "").isEmpty == false)
        let elements = try #require(result["elements"] as? [[String: Any]])
        #expect(!elements.isEmpty && elements.allSatisfy { $0["type"] as? String == "TEXT" })
        #expect(Set(elements.compactMap { ($0["page_indices"] as? [Int])?.first }) == [0, 1])
        let lines = try #require(result["text_lines"] as? [[String: Any]])
        #expect(lines.contains { $0["text"] as? String == "Dislipidemia mixta." && $0["page_index"] as? Int == 0 })

        // BDA's layout: the access check, the result and the job metadata, nothing else.
        let listing = try LocalCloud.signedCall("GET", "\(fixture.storage.s3.endpointURL)/\(fixture.bucket)?list-type=2&prefix=bda-output%2F")
        #expect(LocalCloud.xmlValues("Key", in: listing) == ["bda-output/doc-1/\(jobId)/0/.s3_access_check",
                                                           "bda-output/doc-1/\(jobId)/0/standard_output/0/result.json",
                                                           "bda-output/doc-1/\(jobId)/job_metadata.json"])
        // GetDataAutomationStatus points at job_metadata.json.
        let status = try fixture.request("GetDataAutomationStatus", ["invocationArn": fixture.automation.invocationArn(jobId)])
        #expect(status.status == 200 && status.json["status"] as? String == "Success")
        #expect((status.json["outputConfiguration"] as? [String: String])?["s3Uri"] == "s3://\(fixture.bucket)/bda-output/doc-1/\(jobId)/job_metadata.json")
        #expect(status.json["jobSubmissionTime"] is Double && status.json["jobCompletionTime"] is Double)
    }

    @Test func aScannedReportAsPNGIsReadByTesseract() throws {
        let fixture = try BDAFixture()
        let png = try SamplePages.png(of: SampleLabReport.pdf)
        let (jobId, event) = try fixture.process(png, key: "uploads/clinic-mx-001/doc-2/foto informe.png", contentType: "image/png")
        #expect(event["detail-type"] as? String == "Bedrock Data Automation Job Succeeded")
        #expect((event["detail"] as? [String: Any])?["semantic_modality"] as? String == "Image")

        let result = try fixture.result(jobId: jobId)
        #expect((result["metadata"] as? [String: Any])?["semantic_modality"] as? String == "IMAGE")
        #expect((result["metadata"] as? [String: Any])?["image_width_pixels"] as? Int == 2480) // A4 at 300 dpi
        let image = try #require(result["image"] as? [String: Any])
        let lines = try #require(image["text_lines"] as? [[String: Any]])
        let texts = lines.compactMap { $0["text"] as? String }
        for expected in ["Laboratorio Clínico Santa Lucía", "Diagnóstico: diabetes mellitus tipo 2 con control glucémico insuficiente.",
                         "Control en tres meses con nueva hemoglobina glucosilada y perfil lipídico."] {
            #expect(texts.contains(expected), "OCR lacks \(expected)")
        }
        let first = try #require(lines.first)
        let box = ((first["locations"] as? [[String: Any]])?.first?["bounding_box"] as? [String: Double]) ?? [:]
        #expect((box["left"] ?? -1) > 0 && (box["left"] ?? 2) < 0.2 && (box["top"] ?? -1) > 0 && (box["top"] ?? 2) < 0.2)
        #expect(((first["confidence"] as? Double) ?? 0) > 0.8)
        let words = try #require(image["text_words"] as? [[String: Any]])
        #expect(words.contains { $0["text"] as? String == "metformina" && $0["line_id"] is String })
        #expect(((image["summary"] as? String) ?? "").isEmpty == false)
        #expect((result["statistics"] as? [String: Any])?["line_count"] as? Int == lines.count)
    }

    @Test func aScannedPDFPageWithoutTextIsOCRd() throws {
        let fixture = try BDAFixture()
        let scanned = try SamplePages.scannedPDF(of: SampleLabReport.pdf)
        // The page really has no text layer.
        #expect(try SamplePages.pdftotext(scanned).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
        let (jobId, event) = try fixture.process(scanned, key: "uploads/clinic-mx-001/doc-4/escaneado.pdf", contentType: "application/pdf")
        #expect(event["detail-type"] as? String == "Bedrock Data Automation Job Succeeded")
        let result = try fixture.result(jobId: jobId)
        let pages = try #require(result["pages"] as? [[String: Any]])
        let text = (pages.first?["representation"] as? [String: String])?["text"] ?? ""
        #expect(pages.count == 1)
        for expected in ["Laboratorio Clínico Santa Lucía", "diabetes mellitus tipo 2", "metformina a 850 mg cada 12 horas"] {
            #expect(text.contains(expected), "OCR of the scanned page lacks \(expected)")
        }
    }

    @Test func audioEndsInAClientErrorEventThatSaysWhy() throws {
        let fixture = try BDAFixture()
        let mp3 = Array("ID3".utf8) + [0x04, 0, 0, 0, 0, 0, 0] + [UInt8](repeating: 0xAA, count: 512)
        let (jobId, event) = try fixture.process(mp3, key: "uploads/clinic-mx-001/doc-3/consulta.mp3", contentType: "audio/mpeg")
        #expect(event["detail-type"] as? String == "Bedrock Data Automation Job Failed With Client Error")
        let detail = try #require(event["detail"] as? [String: Any])
        #expect(detail["job_status"] as? String == "CLIENT_ERROR" && detail["semantic_modality"] as? String == "Audio" && detail["job_id"] as? String == jobId)
        #expect((detail["error_message"] as? String)?.contains("speech-to-text") == true)
        #expect((detail["input_s3_object"] as? [String: String])?["name"] == "uploads/clinic-mx-001/doc-3/consulta.mp3")
        #expect((detail["output_s3_location"] as? [String: String])?["name"] == "bda-output/doc-1/\(jobId)/0")
        let status = try fixture.request("GetDataAutomationStatus", ["invocationArn": fixture.automation.invocationArn(jobId)])
        #expect(status.json["status"] as? String == "ClientError" && (status.json["errorMessage"] as? String)?.contains("Audio") == true)
        #expect(status.json["outputConfiguration"] == nil)
    }

    @Test func aMissingToolOrInputEndsInTheRightErrorEvent() throws {
        var tools = DocumentTextExtractor.Tools()
        tools.pdftotext = "/nonexistent/pdftotext"
        let fixture = try BDAFixture(tools: tools)
        let (_, event) = try fixture.process(SampleLabReport.pdf, key: "uploads/a.pdf", contentType: "application/pdf")
        #expect(event["detail-type"] as? String == "Bedrock Data Automation Job Failed With Service Error")
        let detail = try #require(event["detail"] as? [String: Any])
        #expect(detail["job_status"] as? String == "SERVICE_ERROR")
        #expect((detail["error_message"] as? String)?.contains("/nonexistent/pdftotext is not installed") == true)

        let missing = try fixture.request("InvokeDataAutomationAsync", fixture.invokeBody(inputKey: "uploads/never-uploaded.pdf"))
        #expect(missing.status == 200)
        let events = fixture.events(waitingFor: 2, seconds: 30)
        try #require(events.count == 2)
        #expect(events[1]["detail-type"] as? String == "Bedrock Data Automation Job Failed With Client Error")
        #expect(((events[1]["detail"] as? [String: Any])?["error_message"] as? String)?.contains("does not exist") == true)

        let garbage = try fixture.process(Array("just some bytes".utf8), key: "uploads/notes.bin", contentType: "application/octet-stream")
        #expect(garbage.event["detail-type"] as? String == "Bedrock Data Automation Job Failed With Client Error")
    }

    @Test func theSameClientTokenIsTheSameInvocation() throws {
        let fixture = try BDAFixture()
        try fixture.s3.putObject(bucket: fixture.bucket, key: "uploads/r.pdf", body: SampleLabReport.pdf, contentType: "application/pdf",
                                 context: LocalCloud.context())
        let body = fixture.invokeBody(inputKey: "uploads/r.pdf", token: "doc-1-attempt-1")
        let first = try fixture.request("InvokeDataAutomationAsync", body)
        let again = try fixture.request("InvokeDataAutomationAsync", body)
        #expect(first.status == 200 && again.status == 200)
        #expect(first.json["invocationArn"] as? String != nil && first.json["invocationArn"] as? String == again.json["invocationArn"] as? String)
        let different = try fixture.request("InvokeDataAutomationAsync", fixture.invokeBody(inputKey: "uploads/other.pdf", token: "doc-1-attempt-1"))
        #expect(different.status == 400 && different.errorType == "ValidationException")
        let other = try fixture.request("InvokeDataAutomationAsync", fixture.invokeBody(inputKey: "uploads/r.pdf", token: "doc-1-attempt-2"))
        #expect(other.json["invocationArn"] as? String != first.json["invocationArn"] as? String)
        #expect(fixture.events(waitingFor: 2, seconds: 60).count == 2)
        #expect(fixture.events(waitingFor: 3, seconds: 1).count == 2) // one job per token
    }

    @Test func withoutEventBridgeTheJobIsPolled() throws {
        let fixture = try BDAFixture()
        try fixture.s3.putObject(bucket: fixture.bucket, key: "uploads/r.pdf", body: SampleLabReport.pdf, contentType: "application/pdf",
                                 context: LocalCloud.context())
        let started = try fixture.request("InvokeDataAutomationAsync", fixture.invokeBody(inputKey: "uploads/r.pdf", outputPrefix: "out", eventBridge: false))
        let arn = try #require(started.json["invocationArn"] as? String)
        var status = ""
        for _ in 0..<600 where status != "Success" {
            status = try fixture.request("GetDataAutomationStatus", ["invocationArn": arn]).json["status"] as? String ?? ""
            #expect(["Created", "InProgress", "Success"].contains(status))
            Thread.sleep(forTimeInterval: 0.05)
        }
        #expect(status == "Success")
        #expect(fixture.events(waitingFor: 1, seconds: 0.3).isEmpty)
    }

    @Test func badRequestsAreValidationExceptions() throws {
        let fixture = try BDAFixture()
        let good = fixture.invokeBody(inputKey: "uploads/r.pdf")
        func with(_ change: (inout [String: Any]) -> Void) -> [String: Any] { var body = good; change(&body); return body }
        let cases: [(String, [String: Any], String)] = [
            ("no input", with { $0["inputConfiguration"] = nil }, "inputConfiguration is required"),
            ("input without key", with { $0["inputConfiguration"] = ["s3Uri": "s3://\(fixture.bucket)"] }, "inputConfiguration.s3Uri"),
            ("input not s3", with { $0["inputConfiguration"] = ["s3Uri": "https://example.com/a.pdf"] }, "inputConfiguration.s3Uri"),
            ("no output", with { $0["outputConfiguration"] = nil }, "outputConfiguration is required"),
            ("trailing slash", with { $0["outputConfiguration"] = ["s3Uri": "s3://\(fixture.bucket)/out/"] }, "must not end with '/'"),
            ("bad bucket", with { $0["outputConfiguration"] = ["s3Uri": "s3://Bad_Bucket/out"] }, "outputConfiguration.s3Uri"),
            ("no profile", with { $0["dataAutomationProfileArn"] = nil }, "dataAutomationProfileArn is required"),
            ("other account", with { $0["dataAutomationProfileArn"] = "arn:aws:bedrock:us-east-1:123456789012:data-automation-profile/us.data-automation-v1" },
             "dataAutomationProfileArn must be"),
            ("bad token", with { $0["clientToken"] = "-leading-hyphen" }, "clientToken"),
            ("long token", with { $0["clientToken"] = String(repeating: "a", count: 257) }, "clientToken"),
            ("string flag", with { $0["notificationConfiguration"] = ["eventBridgeConfiguration": ["eventBridgeEnabled": "true"]] }, "must be a boolean"),
            ("no event bridge configuration", with { $0["notificationConfiguration"] = [String: Any]() }, "eventBridgeConfiguration is required"),
            ("no project arn", with { $0["dataAutomationConfiguration"] = ["stage": "LIVE"] }, "dataAutomationProjectArn is required"),
            ("bad stage", with { $0["dataAutomationConfiguration"] = ["dataAutomationProjectArn": fixture.automation.projectArn, "stage": "PROD"] }, "stage"),
        ]
        for (name, body, message) in cases {
            let answer = try fixture.request("InvokeDataAutomationAsync", body)
            #expect(answer.status == 400 && answer.errorType == "ValidationException" && answer.json["__type"] as? String == "ValidationException", "\(name)")
            #expect((answer.json["message"] as? String)?.contains(message) == true, "\(name): \(answer.json)")
        }
        let unknownProject = try fixture.request("InvokeDataAutomationAsync", with {
            $0["dataAutomationConfiguration"] = ["dataAutomationProjectArn": "arn:aws:bedrock:us-east-1:000000000000:data-automation-project/nope"]
        })
        #expect(unknownProject.status == 404 && unknownProject.errorType == "ResourceNotFoundException")
        let bareJobId = try fixture.request("GetDataAutomationStatus", ["invocationArn": "0f6a2b7c-1111-2222-3333-444455556666"])
        #expect(bareJobId.status == 400 && (bareJobId.json["message"] as? String)?.contains("not the bare job id") == true)
        let unknownJob = try fixture.request("GetDataAutomationStatus", ["invocationArn": fixture.automation.invocationArn("no-such-job")])
        #expect(unknownJob.status == 404 && unknownJob.errorType == "ResourceNotFoundException")
        let unknownOperation = try fixture.request("DeleteEverything", [:])
        #expect(unknownOperation.status == 400 && unknownOperation.errorType == "UnknownOperationException")

        let notJSON = try LocalCloud.signedCall("POST", fixture.automation.endpointURL + "/",
                                                headers: [("X-Amz-Target", "AmazonBedrockKeystoneRuntimeService.InvokeDataAutomationAsync")],
                                                body: Array("{\"a\":1,\"a\":2}".utf8), service: "bedrock")
        #expect(notJSON.status == 400 && notJSON.header("x-amzn-ErrorType") == "SerializationException")
        #expect(fixture.events(waitingFor: 1, seconds: 0.3).isEmpty) // nothing started
    }

    @Test func signaturesAreVerified() throws {
        let fixture = try BDAFixture()
        let body = fixture.invokeBody(inputKey: "uploads/r.pdf")
        let wrongSecret = try fixture.request("InvokeDataAutomationAsync", body,
                                              credentials: AWSCredentials(accessKeyId: LocalCredentials.accessKeyId, secretAccessKey: "wrong"))
        #expect(wrongSecret.status == 403 && wrongSecret.errorType == "InvalidSignatureException")
        let unknownKey = try fixture.request("InvokeDataAutomationAsync", body,
                                             credentials: AWSCredentials(accessKeyId: "AKIAUNKNOWN000000000", secretAccessKey: "x"))
        #expect(unknownKey.status == 403 && unknownKey.errorType == "UnrecognizedClientException")
        let otherService = try fixture.request("InvokeDataAutomationAsync", body, service: "s3")
        #expect(otherService.status == 403 && otherService.errorType == "InvalidSignatureException")
        let unsigned = try HTTPClient.shared.send(HTTPRequest(method: "POST", url: fixture.automation.endpointURL + "/",
                                                              headers: [("X-Amz-Target", "AmazonBedrockKeystoneRuntimeService.GetDataAutomationStatus")],
                                                              body: Array("{}".utf8)), timeoutMs: 10_000)
        #expect(unsigned.status == 403 && unsigned.header("x-amzn-ErrorType") == "MissingAuthenticationTokenException")
        #expect(fixture.events(waitingFor: 1, seconds: 0.3).isEmpty)
    }

    @Test func theEnvironmentPointsAFunctionAtTheLocalServices() throws {
        let fixture = try BDAFixture()
        let environment = fixture.automation.environment
        #expect(environment["AWS_ENDPOINT_URL_BEDROCK_DATA_AUTOMATION_RUNTIME"] == fixture.automation.endpointURL)
        #expect(environment["BDA_PROJECT_ARN"] == "arn:aws:bedrock:us-east-1:000000000000:data-automation-project/local-clinical-documents")
        #expect(environment["BDA_PROFILE_ARN"] == "arn:aws:bedrock:us-east-1:000000000000:data-automation-profile/us.data-automation-v1")
        #expect(environment["AWS_ACCESS_KEY_ID"] == LocalCredentials.accessKeyId)
        #expect(fixture.storage.s3.environment["AWS_ENDPOINT_URL_S3"] == fixture.storage.s3.endpointURL)
    }
}

/// The lab report shipped for the walkthrough is this writer's output, and poppler reads its Spanish text back.
@Suite struct SampleLabReportTests {
    static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("events/file-processor/lab-report-es.pdf").path

    @Test func theShippedPDFIsTheGeneratedOne() throws {
        if ProcessInfo.processInfo.environment["REGENERATE_SAMPLES"] == "1" {
            try FileManager.default.createDirectory(atPath: URL(fileURLWithPath: Self.path).deletingLastPathComponent().path,
                                                    withIntermediateDirectories: true)
            try Data(SampleLabReport.pdf).write(to: URL(fileURLWithPath: Self.path))
        }
        let shipped = try #require(FileManager.default.contents(atPath: Self.path), "missing \(Self.path): run with REGENERATE_SAMPLES=1")
        #expect(Array(shipped) == SampleLabReport.pdf)
        #expect(shipped.count < 8_192)
        let text = String(decoding: try BoundedProcess.run("pdftotext", ["-layout", "-enc", "UTF-8", Self.path, "-"],
                                                           timeoutSeconds: 30, maxOutputBytes: 1 << 20), as: UTF8.self)
        for line in SampleLabReport.lines where !line.text.isEmpty {
            #expect(text.contains(line.text), "pdftotext lacks \(line.text)")
        }
    }
}
