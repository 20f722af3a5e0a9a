import FoundationEssentials

/// An error answer from an AWS service: status, AWS error code and message,
/// request id. The message is AWS's text about the request, never our data.
public struct AWSErrorDetails: Sendable, Equatable, CustomStringConvertible {
    public let status: Int
    /// `ThrottlingException`, `NoSuchKey`, ... ("" when the answer had none, as HEAD answers do).
    public let code: String
    public let message: String
    public let requestId: String?

    public init(status: Int, code: String, message: String, requestId: String?) {
        self.status = status
        self.code = code
        self.message = message
        self.requestId = requestId
    }

    public var description: String {
        "HTTP \(status) \(code.isEmpty ? "(no error code)" : code): \(message)" + (requestId.map { " (request id \($0))" } ?? "")
    }

    /// Reads the code from `x-amzn-ErrorType`, a JSON `__type`/`code`, or an
    /// XML `<Code>`; the message from JSON `message`/`Message` or XML `<Message>`.
    public init(response: HTTPResponse) {
        let requestId = response.header("x-amzn-RequestId") ?? response.header("x-amz-request-id")
        var code = ""
        var message = ""
        if let typeHeader = response.header("x-amzn-ErrorType") { code = Self.shortCode(typeHeader) }
        let bodyPrefix = response.body.prefix(64 * 1024)
        if let first = bodyPrefix.first(where: { $0 != 32 && $0 != 10 && $0 != 13 && $0 != 9 }) {
            if first == UInt8(ascii: "{"), let json = try? JSONDecoder().decode(JSONErrorBody.self, from: Data(bodyPrefix)) {
                if code.isEmpty { code = Self.shortCode(json.__type ?? json.code ?? json.Code ?? "") }
                message = json.message ?? json.Message ?? ""
            } else if first == UInt8(ascii: "<") {
                let text = String(decoding: bodyPrefix, as: UTF8.self)
                if code.isEmpty { code = Self.xmlElement("Code", in: text) ?? "" }
                message = Self.xmlElement("Message", in: text) ?? ""
            }
        }
        if message.isEmpty { message = "no error message in the response" }
        // Keep log lines and error texts short.
        if message.count > 512 { message = String(message.prefix(512)) + "…" }
        self.init(status: response.status, code: code, message: message, requestId: requestId)
    }

    /// `ThrottlingException:http://internal...` and `com.amazon.coral#ThrottlingException` → `ThrottlingException`.
    static func shortCode(_ raw: String) -> String {
        var code = Substring(raw)
        if let colon = code.firstIndex(of: ":") { code = code[..<colon] }
        if let hash = code.lastIndex(of: "#") { code = code[code.index(after: hash)...] }
        return String(code)
    }

    static func xmlElement(_ name: String, in text: String) -> String? {
        guard let open = text.firstRange(of: "<\(name)>"), let close = text[open.upperBound...].firstRange(of: "</\(name)>") else { return nil }
        return String(text[open.upperBound..<close.lowerBound])
    }

    private struct JSONErrorBody: Decodable {
        let __type: String?
        let code: String?
        let Code: String?
        let message: String?
        let Message: String?
    }
}
