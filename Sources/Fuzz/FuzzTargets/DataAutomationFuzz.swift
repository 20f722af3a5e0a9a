import AWSEvents
import Clinical
import FileProcessorHandler
import LambdaRuntime

/// EventBridge events of Bedrock Data Automation jobs (`DataAutomationJobEvent.decode`, Codable): no input
/// crashes it; a decoded event is one from `aws.bedrock` about a BDA job, and each field it read is what the
/// strict reader reads at the same place (when that reader accepts the bytes); its outcome follows its type.
public enum DataAutomationEventFuzz: FuzzTarget {
    public static let name = "bda-event"

    public static func check(_ input: [UInt8]) -> String? {
        guard let event = try? DataAutomationJobEvent.decode(input) else { return nil }
        if !DataAutomationJobEvent.matches(source: DataAutomationJobEvent.source, detailType: event.detailType) {
            return "decoded an event whose detail-type is not a BDA job's"
        }
        if event.outcome == .succeeded && event.detailType != "Bedrock Data Automation Job Succeeded" { return "outcome does not follow detail-type" }
        if let text = event.failureText, text.isEmpty { return "an empty failure text" }
        guard let strict = try? JSONValue.parse(input, maxDepth: 64) else { return nil }
        if strict["source"]?.string != DataAutomationJobEvent.source { return "decoded an event whose source is not aws.bedrock" }
        if strict["detail-type"]?.string != event.detailType { return "detail-type differs from the strict reading" }
        let detail = strict["detail"]
        let pairs: [(String?, JSONValue?)] = [
            (event.jobId, detail?["job_id"]), (event.jobStatus, detail?["job_status"]),
            (event.outputBucket, detail?["output_s3_location"]?["s3_bucket"]), (event.outputKey, detail?["output_s3_location"]?["name"]),
            (event.inputKey, detail?["input_s3_object"]?["name"]),
        ]
        for (decoded, raw) in pairs where decoded != raw?.string { return "a detail field differs from the strict reading" }
        return nil
    }
}

/// BDA's standard output (`DataAutomationOutput`: job_metadata.json and result.json): no input crashes it
/// (numbers of any size or sign included); every section has text, a page and a time offset the store
/// accepts (0…Int32.max), and there are no more sections than the result has pages, segments or one whole text.
public enum DataAutomationResultFuzz: FuzzTarget {
    public static let name = "bda-result"

    public static func check(_ input: [UInt8]) -> String? {
        // job_metadata.json: any bytes, no crash; each path listed is a segment's `standard_output_path`.
        if let paths = try? DataAutomationOutput.standardOutputPaths(jobMetadata: input),
           paths.count > (try? JSONValue.parse(input))?["output_metadata"]?.array?.reduce(0, { $0 + ($1["segment_metadata"]?.array?.count ?? 0) }) ?? 0 {
            return "more output paths than segments"
        }
        guard let sections = try? DataAutomationOutput.sections(result: input) else { return nil }
        guard let json = try? JSONValue.parse(input, maxDepth: 128) else { return "sections from bytes the strict reader refuses" }
        for section in sections {
            if section.text.isEmpty { return "a section without text" }
            if let page = section.page, page < 0 || page > Int(Int32.max) { return "a page the store refuses" }
            if let offset = section.timeOffsetMs, offset < 0 || offset > Int64(Int32.max) { return "a time offset the store refuses" }
        }
        let bound = max(json["pages"]?.array?.count ?? 0, json["audio_segments"]?.array?.count ?? 0, 1)
        if sections.count > bound { return "more sections than pages or segments" }
        return nil
    }
}
