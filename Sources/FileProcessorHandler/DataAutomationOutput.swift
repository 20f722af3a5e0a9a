import Clinical
import LambdaRuntime

/// The text of a BDA job's standard output, with positions: job_metadata.json names every segment's
/// result.json (never assume `/0/`); a document gives its pages' Markdown (or text), else the whole
/// document's; an image its summary and text lines; audio its transcript segments with speaker labels
/// and time offsets.
enum DataAutomationOutput {
    struct Malformed: Error { let reason: String }

    /// Every `standard_output_path` in job_metadata.json, in order.
    static func standardOutputPaths(jobMetadata bytes: [UInt8]) throws(Malformed) -> [String] {
        guard let json = try? JSONValue.parse(bytes) else { throw Malformed(reason: "job_metadata.json is not JSON") }
        guard let assets = json["output_metadata"]?.array else { throw Malformed(reason: "job_metadata.json has no output_metadata") }
        var paths: [String] = []
        for asset in assets {
            for segment in asset["segment_metadata"]?.array ?? [] {
                if let path = segment["standard_output_path"]?.string { paths.append(path) }
            }
        }
        return paths
    }

    /// The sections of one result.json.
    static func sections(result bytes: [UInt8]) throws(Malformed) -> [TextSection] {
        guard let json = try? JSONValue.parse(bytes, maxDepth: 128) else { throw Malformed(reason: "result.json is not JSON") }
        let modality = (json["metadata"]?["semantic_modality"]?.string ?? "").uppercased()
        if modality == "AUDIO" || (modality.isEmpty && json["audio"] != nil) { return audio(json) }
        if modality == "IMAGE" || (modality.isEmpty && json["image"] != nil) { return image(json) }
        return document(json)
    }

    static func document(_ json: JSONValue) -> [TextSection] {
        let start = json["metadata"]?["start_page_index"]?.number.map { Int($0) } ?? 0
        var sections: [TextSection] = []
        for page in json["pages"]?.array ?? [] {
            guard let text = representation(page["representation"]), !text.isEmpty else { continue }
            let index = page["page_index"]?.number.map { Int($0) } ?? 0
            // A segment's page_index may restart at 0; the segment's start places it in the file.
            sections.append(TextSection(text: text, page: index >= start ? index : start + index))
        }
        if !sections.isEmpty { return sections }
        if let text = representation(json["document"]?["representation"]), !text.isEmpty {
            return [TextSection(text: text, page: start)]
        }
        // Lines alone (granularity LINE only).
        let lines = (json["text_lines"]?.array ?? []).compactMap { $0["text"]?.string }
        return lines.isEmpty ? [] : [TextSection(text: lines.joined(separator: "\n"), page: start)]
    }

    static func image(_ json: JSONValue) -> [TextSection] {
        let image = json["image"]
        var parts: [String] = []
        if let summary = image?["summary"]?.string, !summary.isEmpty { parts.append(summary) }
        let lines = (image?["text_lines"]?.array ?? []).compactMap { $0["text"]?.string }.filter { !$0.isEmpty }
        if !lines.isEmpty { parts.append(lines.joined(separator: "\n")) }
        return parts.isEmpty ? [] : [TextSection(text: parts.joined(separator: "\n\n"))]
    }

    static func audio(_ json: JSONValue) -> [TextSection] {
        var sections: [TextSection] = []
        for segment in json["audio_segments"]?.array ?? [] {
            guard let text = segment["text"]?.string, !text.isEmpty else { continue }
            let speaker = segment["speaker"]?["speaker_label"]?.string ?? segment["channel"]?["channel_label"]?.string
            let offset = segment["start_timestamp_millis"]?.number.map { Int64($0) }
            sections.append(TextSection(text: speaker.map { "[\($0)]: \(text)" } ?? text, timeOffsetMs: offset))
        }
        if !sections.isEmpty { return sections }
        if let text = json["audio"]?["transcript"]?["representation"]?["text"]?.string, !text.isEmpty {
            return [TextSection(text: text, timeOffsetMs: 0)]
        }
        return []
    }

    /// Markdown first (tables and headings survive), else plain text.
    static func representation(_ value: JSONValue?) -> String? {
        guard let value else { return nil }
        for key in ["markdown", "text"] { if let text = value[key]?.string, !text.isEmpty { return text } }
        return nil
    }
}
