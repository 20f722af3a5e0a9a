import LambdaRuntime

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
            if first == UInt8(ascii: "{"), let json = try? JSONValue.parse(Array(bodyPrefix)), let body = JSONErrorBody(json) {
                if code.isEmpty { code = Self.shortCode(body.__type ?? body.code ?? body.Code ?? "") }
                message = body.message ?? body.Message ?? ""
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
        guard let open = text.firstByteRange(of: "<\(name)>"), let close = text[open.upperBound...].firstByteRange(of: "</\(name)>") else { return nil }
        return String(text[open.upperBound..<close.lowerBound])
    }

    /// The members we read; nil (as a failed decode was) when the body is not an object or one of them is not a string.
    private struct JSONErrorBody {
        let __type: String?
        let code: String?
        let Code: String?
        let message: String?
        let Message: String?

        init?(_ json: JSONValue) {
            guard let members = json.object else { return nil }
            func text(_ name: String) -> String?? {
                switch members[name] {
                case nil, .null?: return .some(nil)
                case .string(let value)?: return .some(value)
                default: return nil
                }
            }
            guard let __type = text("__type"), let code = text("code"), let Code = text("Code"), let message = text("message"),
                  let Message = text("Message") else { return nil }
            (self.__type, self.code, self.Code, self.message, self.Message) = (__type, code, Code, message, Message)
        }
    }
}
