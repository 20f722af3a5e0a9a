import Clinical
import Foundation
import LambdaRuntime

/// BDA's standard output for one asset, in the shapes of the async API (aws-shapes §1.3–1.5): the DOCUMENT
/// result.json (metadata, document, pages, elements, text_lines) and the IMAGE one (metadata, image with
/// text_lines/text_words, statistics), plus job_metadata.json. Summaries come from the offline clinical model
/// (BDA's generative fields); bounding boxes only where a tool measured them (OCR of images).
enum BDAOutput {
    struct Location: Sendable, Equatable {
        let bucket: String
        let key: String
        var uri: String { key.isEmpty ? "s3://\(bucket)" : "s3://\(bucket)/\(key)" }
    }

    static func json(_ object: Any) -> [UInt8] {
        Array((try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8))
    }

    static func jobMetadata(jobId: String, modality: String, resultURI: String) -> [UInt8] {
        json(["job_id": jobId, "job_status": "PROCESSED", "semantic_modality": modality,
              "output_metadata": [["asset_id": 0, "segment_metadata": [["standard_output_path": resultURI]]]]])
    }

    /// An extractive summary of the text in its own language, bounded in input like a model's context.
    static func summary(of text: String) -> String {
        let bounded = String(text.prefix(20_000))
        guard bounded.contains(where: { $0.isLetter }) else { return "" }
        return OfflineClinicalModel().summarize(bounded, language: LanguageDetector.detect(bounded)).rendered
    }

    static func wordCount(_ text: String) -> Int { text.split(whereSeparator: { $0.isWhitespace }).count }

    static func document(fileType: String, pages: [String], input: Location) -> [UInt8] {
        var elements: [[String: Any]] = []
        var textLines: [[String: Any]] = []
        var pageObjects: [[String: Any]] = []
        for (index, page) in pages.enumerated() {
            // Paragraphs are runs of non-blank lines; pdftotext -layout keeps the page's blank lines.
            let paragraphs = page.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .newlines) }.filter { !$0.isEmpty }
            for paragraph in paragraphs {
                elements.append(["id": UUID().uuidString.lowercased(), "type": "TEXT", "sub_type": "PARAGRAPH",
                                 "representation": ["text": paragraph, "markdown": paragraph], "reading_order": elements.count,
                                 "page_indices": [index]])
            }
            let lines = page.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            for line in lines {
                textLines.append(["id": UUID().uuidString.lowercased(), "text": line, "reading_order": textLines.count, "page_index": index])
            }
            pageObjects.append(["id": UUID().uuidString.lowercased(), "page_index": index, "detected_page_number": index + 1,
                                "representation": ["text": page, "markdown": page],
                                "statistics": ["element_count": paragraphs.count, "table_count": 0, "figure_count": 0,
                                               "word_count": wordCount(page), "line_count": lines.count]])
        }
        let whole = pages.joined(separator: "\n\n")
        let result: [String: Any] = [
            "metadata": ["asset_id": "0", "logical_subdocument_id": "0", "semantic_modality": "DOCUMENT", "s3_bucket": input.bucket,
                         "s3_key": input.key, "number_of_pages": pages.count, "start_page_index": 0,
                         "end_page_index": max(0, pages.count - 1), "file_type": fileType],
            "document": ["representation": ["text": whole, "markdown": whole], "summary": summary(of: whole),
                         "statistics": ["element_count": elements.count, "table_count": 0, "figure_count": 0,
                                        "word_count": wordCount(whole), "line_count": textLines.count]],
            "pages": pageObjects,
            "elements": elements,
            "text_lines": textLines,
        ]
        return json(result)
    }

    static func image(encoding: String, width: Int, height: Int, lines: [OCRLine], input: Location) -> [UInt8] {
        func location(_ box: OCRBox) -> [String: Any] {
            ["bounding_box": ["left": box.left, "top": box.top, "width": box.width, "height": box.height],
             "polygon": [["x": box.left, "y": box.top], ["x": box.left + box.width, "y": box.top],
                         ["x": box.left + box.width, "y": box.top + box.height], ["x": box.left, "y": box.top + box.height]]]
        }
        func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
        var textLines: [[String: Any]] = []
        var textWords: [[String: Any]] = []
        for (lineIndex, line) in lines.enumerated() {
            let lineId = "line_\(lineIndex)"
            textLines.append(["id": lineId, "text": line.text, "confidence": rounded(line.confidence), "locations": [location(line.box)]])
            for word in line.words {
                textWords.append(["id": "word_\(textWords.count)", "text": word.text, "confidence": rounded(word.confidence),
                                  "line_id": lineId, "locations": [location(word.box)]])
            }
        }
        let text = lines.map(\.text).joined(separator: "\n")
        let result: [String: Any] = [
            "metadata": ["id": "image_1", "asset_id": "0", "semantic_modality": "IMAGE", "s3_bucket": input.bucket, "s3_key": input.key,
                         "image_width_pixels": width, "image_height_pixels": height, "image_encoding": encoding],
            "image": ["summary": summary(of: text), "iab_categories": [Any](), "content_moderation": [Any](), "logos": [Any](),
                      "text_words": textWords, "text_lines": textLines],
            "statistics": ["entity_count": 0, "object_count": 0, "line_count": textLines.count, "word_count": textWords.count,
                           "iab_category_count": 0, "content_moderation_count": 0, "logo_count": 0],
        ]
        return json(result)
    }
}

/// The EventBridge events BDA sends on the default bus when a job ends (aws-shapes §1.7).
enum BDACompletionEvent {
    enum Outcome: Sendable, Equatable {
        case succeeded
        case clientError(String)
        case serviceError(String)

        var detailType: String {
            switch self {
            case .succeeded: return "Bedrock Data Automation Job Succeeded"
            case .clientError: return "Bedrock Data Automation Job Failed With Client Error"
            case .serviceError: return "Bedrock Data Automation Job Failed With Service Error"
            }
        }
        var jobStatus: String {
            switch self {
            case .succeeded: return "SUCCESS"
            case .clientError: return "CLIENT_ERROR"
            case .serviceError: return "SERVICE_ERROR"
            }
        }
        var message: String {
            switch self {
            case .succeeded: return ""
            case .clientError(let text), .serviceError(let text): return text
            }
        }
    }

    /// `modality` upper case as in result.json; the event spells it like the AWS sample ("Document").
    static func json(jobId: String, outcome: Outcome, modality: String, input: BDAOutput.Location, outputAsset: BDAOutput.Location,
                     region: String, accountId: String, timeMs: Int64, durationSeconds: Int) -> [UInt8] {
        let iso = WallClockText.seconds(timeMs)
        let detail: [String: Any] = [
            "job_id": jobId, "job_status": outcome.jobStatus, "semantic_modality": modality.prefix(1) + modality.dropFirst().lowercased(),
            "input_s3_object": ["s3_bucket": input.bucket, "name": input.key],
            "output_s3_location": ["s3_bucket": outputAsset.bucket, "name": outputAsset.key],
            "error_message": outcome.message, "job_duration_in_seconds": durationSeconds,
        ]
        return BDAOutput.json(["version": "0", "id": UUID().uuidString.lowercased(), "detail-type": outcome.detailType, "source": "aws.bedrock",
                               "account": accountId, "time": iso, "region": region, "resources": [Any](), "detail": detail])
    }
}

/// EventBridge writes `time` to the second: `2026-12-01T09:30:00Z`.
enum WallClockText {
    static func seconds(_ ms: Int64) -> String {
        let full = WallClock.iso8601(ms: ms)
        return full.count > 20 ? String(full.prefix(19)) + "Z" : full
    }
}
