import Clinical
import LambdaRuntime

/// The text of a BDA job's standard output, with positions: job_metadata.json names every segment's
/// result.json (never assume `/0/`); a document gives its pages' Markdown (or text), else the whole
/// document's; an image its summary and text lines; audio its transcript segments with speaker labels
/// and time offsets.
public enum DataAutomationOutput {
    public struct Malformed: Error { public let reason: String }

    /// Every `standard_output_path` in job_metadata.json, in order.
    public static func standardOutputPaths(jobMetadata bytes: [UInt8]) throws(Malformed) -> [String] {
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
    public static func sections(result bytes: [UInt8]) throws(Malformed) -> [TextSection] {
        guard let json = try? JSONValue.parse(bytes, maxDepth: 128) else { throw Malformed(reason: "result.json is not JSON") }
        let modality = (json["metadata"]?["semantic_modality"]?.string ?? "").uppercased()
        if modality == "AUDIO" || (modality.isEmpty && json["audio"] != nil) { return audio(json) }
        if modality == "IMAGE" || (modality.isEmpty && json["image"] != nil) { return image(json) }
        return document(json)
    }

    static func document(_ json: JSONValue) -> [TextSection] {
        let start = position(json["metadata"]?["start_page_index"]) ?? 0
        var sections: [TextSection] = []
        for page in json["pages"]?.array ?? [] {
            guard let text = representation(page["representation"]), !text.isEmpty else { continue }
            let index = position(page["page_index"]) ?? 0
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
            let offset = position(segment["start_timestamp_millis"]).map { Int64($0) }
            sections.append(TextSection(text: speaker.map { "[\($0)]: \(text)" } ?? text, timeOffsetMs: offset))
        }
        if !sections.isEmpty { return sections }
        if let text = json["audio"]?["transcript"]?["representation"]?["text"]?.string, !text.isEmpty {
            return [TextSection(text: text, timeOffsetMs: 0)]
        }
        return []
    }

    /// A page index or time offset as the store accepts it: a whole number in 0…Int32.max, else nil. `Int(Double)`
    /// traps on 1e300, NaN or a fraction's overflow, and a negative page fails the chunk's CHECK (the `bda-result` fuzz target checks it).
    static func position(_ value: JSONValue?) -> Int? {
        guard let number = value?.number, number.isFinite, number >= 0, number <= Double(Int32.max) else { return nil }
        return Int(number.rounded(.down))
    }

    /// Markdown first (tables and headings survive), else plain text.
    static func representation(_ value: JSONValue?) -> String? {
        guard let value else { return nil }
        for key in ["markdown", "text"] { if let text = value[key]?.string, !text.isEmpty { return text } }
        return nil
    }
}
