/// CloudWatch Embedded Metric Format: one JSON line that CloudWatch Logs
/// turns into metrics, so recording a metric costs no API call.
public struct MetricsEmitter: Sendable {
    public enum Unit: String, Sendable {
        case count = "Count", milliseconds = "Milliseconds", microseconds = "Microseconds", bytes = "Bytes", none = "None"
    }
    public struct Metric: Sendable {
        public let name: String
        public let value: Double
        public let unit: Unit
        public init(_ name: String, _ value: Double, _ unit: Unit) { self.name = name; self.value = value; self.unit = unit }
    }

    public let namespace: String
    private let sink: @Sendable (String) -> Void

    public init(namespace: String = "ClinicalAssistant", sink: @escaping @Sendable (String) -> Void = Logger.standardOutput) {
        self.namespace = namespace
        self.sink = sink
    }

    /// Emits the metrics under one dimension set (e.g. function and model).
    public func emit(_ metrics: [Metric], dimensions: KeyValuePairs<String, String>, requestId: String? = nil) {
        guard !metrics.isEmpty else { return }
        let dimensionNames = dimensions.map { JSONText.quoted($0.key) }.joined(separator: ",")
        let definitions = metrics.map { "{\"Name\":\(JSONText.quoted($0.name)),\"Unit\":\"\($0.unit.rawValue)\"}" }.joined(separator: ",")
        var line = "{\"_aws\":{\"Timestamp\":\(WallClock.nowMs()),\"CloudWatchMetrics\":[{\"Namespace\":\(JSONText.quoted(namespace)),\"Dimensions\":[[\(dimensionNames)]],\"Metrics\":[\(definitions)]}]}"
        for (key, value) in dimensions { line += ",\(JSONText.quoted(key)):\(JSONText.quoted(value))" }
        for metric in metrics { line += ",\(JSONText.quoted(metric.name)):\(LogValue.double(metric.value).json)" }
        if let requestId { line += ",\"requestId\":\(JSONText.quoted(requestId))" }
        line += "}\n"
        sink(line)
    }
}
