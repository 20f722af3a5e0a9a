import CCurl

/// One exchange on one easy handle: options, callbacks, result mapping.
enum CurlTransfer {
    /// What the callbacks accumulate; passed to libcurl as an opaque pointer.
    final class Sink {
        let maxBytes: Int
        var body: [UInt8] = []
        var headers: [(String, String)] = []
        var exceeded = false
        init(maxBytes: Int) { self.maxBytes = maxBytes }
    }

    /// A zero-length POST still needs a non-NULL POSTFIELDS pointer.
    private nonisolated(unsafe) static let emptyBody: UnsafeMutablePointer<UInt8> = {
        let pointer = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
        pointer.initialize(to: 0)
        return pointer
    }()

    static func perform(handle: UnsafeMutableRawPointer, request: HTTPRequest, timeoutMs: Int64,
                        connectTimeoutMs: Int64, maxResponseBytes: Int, caBundlePath: String?) throws -> HTTPResponse {
        // Reset options only: live connections and TLS sessions stay in the handle.
        dl_curl_easy_reset(handle)
        let sink = Sink(maxBytes: maxResponseBytes)
        let sinkPointer = Unmanaged.passUnretained(sink).toOpaque()

        var headerList: UnsafeMutablePointer<curl_slist>? = nil
        defer { dl_curl_slist_free_all(headerList) }
        for (name, value) in request.headers {
            guard isValidHeader(name: name, value: value) else {
                throw HTTPClientError.invalidRequest("header \(name) is not a valid HTTP header")
            }
            // "Name;" is libcurl's way to send a header with an empty value.
            headerList = dl_curl_slist_append(headerList, value.isEmpty ? "\(name);" : "\(name): \(value)")
        }
        // Keep libcurl from adding headers the request did not ask for.
        if request.header("Content-Type") == nil { headerList = dl_curl_slist_append(headerList, "Content-Type:") }
        if request.header("Expect") == nil { headerList = dl_curl_slist_append(headerList, "Expect:") }

        try set(handle, CURLOPT_URL, request.url)
        try set(handle, CURLOPT_PROTOCOLS_STR, "http,https")
        try set(handle, CURLOPT_NOSIGNAL, 1)
        try set(handle, CURLOPT_PATH_AS_IS, 1)
        try set(handle, CURLOPT_SSL_VERIFYPEER, 1)
        try set(handle, CURLOPT_SSL_VERIFYHOST, 2)
        if let caBundlePath { try set(handle, CURLOPT_CAINFO, caBundlePath) }
        try set(handle, CURLOPT_FOLLOWLOCATION, 0)
        try set(handle, CURLOPT_TCP_KEEPALIVE, 1)
        try set(handle, CURLOPT_TIMEOUT_MS, Int(timeoutMs))
        try set(handle, CURLOPT_CONNECTTIMEOUT_MS, Int(connectTimeoutMs))
        try check(ccurl_setopt_off(handle, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(maxResponseBytes)))
        try check(ccurl_setopt_ptr(handle, CURLOPT_HTTPHEADER, headerList))
        try check(ccurl_setopt_write(handle, writeCallback))
        try check(ccurl_setopt_ptr(handle, CURLOPT_WRITEDATA, sinkPointer))
        try check(ccurl_setopt_header(handle, headerCallback))
        try check(ccurl_setopt_ptr(handle, CURLOPT_HEADERDATA, sinkPointer))

        let method = request.method.uppercased()
        let code: CURLcode = try request.body.withUnsafeBufferPointer { body in
            switch method {
            case "GET":
                guard body.isEmpty else { throw HTTPClientError.invalidRequest("GET with a body") }
                try set(handle, CURLOPT_HTTPGET, 1)
            case "HEAD":
                guard body.isEmpty else { throw HTTPClientError.invalidRequest("HEAD with a body") }
                try set(handle, CURLOPT_NOBODY, 1)
            case "DELETE" where body.isEmpty:
                try check(ccurl_setopt_ptr(handle, CURLOPT_CUSTOMREQUEST, "DELETE"))
            default:
                // POST framing with our bytes, then the real method name.
                try set(handle, CURLOPT_POST, 1)
                try check(ccurl_setopt_ptr(handle, CURLOPT_POSTFIELDS, body.baseAddress ?? UnsafePointer(emptyBody)))
                try check(ccurl_setopt_off(handle, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.count)))
                if method != "POST" { try check(ccurl_setopt_ptr(handle, CURLOPT_CUSTOMREQUEST, method)) }
            }
            return dl_curl_easy_perform(handle)
        }
        withExtendedLifetime(sink) {}

        if code != CURLE_OK { throw mapError(code, sink: sink, timeoutMs: timeoutMs, limit: maxResponseBytes) }
        var status = 0
        _ = ccurl_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &status)
        return HTTPResponse(status: status, headers: sink.headers, body: sink.body)
    }

    private static func mapError(_ code: CURLcode, sink: Sink, timeoutMs: Int64, limit: Int) -> HTTPClientError {
        let message = String(cString: dl_curl_easy_strerror(code))
        switch code {
        case CURLE_WRITE_ERROR where sink.exceeded, CURLE_FILESIZE_EXCEEDED:
            return .responseTooLarge(limit: limit)
        case CURLE_OPERATION_TIMEDOUT:
            return .timedOut(afterMs: timeoutMs)
        case CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY, CURLE_COULDNT_CONNECT:
            return .connectionFailed(message)
        case CURLE_SEND_ERROR, CURLE_RECV_ERROR, CURLE_GOT_NOTHING, CURLE_PARTIAL_FILE, CURLE_HTTP2, CURLE_HTTP2_STREAM:
            return .connectionLost(message)
        case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CACERT_BADFILE,
             CURLE_SSL_CERTPROBLEM, CURLE_SSL_CIPHER, CURLE_SSL_ENGINE_NOTFOUND:
            return .tls(message)
        case CURLE_URL_MALFORMAT, CURLE_UNSUPPORTED_PROTOCOL:
            return .invalidRequest(message)
        default:
            return .transport(code: Int(code.rawValue), message: message)
        }
    }

    private static func set(_ handle: UnsafeMutableRawPointer, _ option: CURLoption, _ value: Int) throws {
        try check(ccurl_setopt_long(handle, option, value))
    }

    private static func set(_ handle: UnsafeMutableRawPointer, _ option: CURLoption, _ value: String) throws {
        // libcurl copies string options (since 7.17), so a temporary C string is enough.
        try check(value.withCString { ccurl_setopt_ptr(handle, option, $0) })
    }

    private static func check(_ code: CURLcode) throws {
        guard code == CURLE_OK else {
            throw HTTPClientError.invalidRequest("curl_easy_setopt: \(String(cString: dl_curl_easy_strerror(code)))")
        }
    }

    /// No CR, LF or NUL anywhere (header injection), and a token-ish name.
    private static func isValidHeader(name: String, value: String) -> Bool {
        guard !name.isEmpty else { return false }
        for byte in name.utf8 where byte <= 32 || byte == UInt8(ascii: ":") || byte >= 127 { return false }
        for byte in value.utf8 where byte == 0 || byte == 10 || byte == 13 { return false }
        return true
    }

    private static let writeCallback: @convention(c) (UnsafeMutablePointer<CChar>?, Int, Int, UnsafeMutableRawPointer?) -> Int = { data, size, count, user in
        guard let data, let user else { return 0 }
        let sink = Unmanaged<Sink>.fromOpaque(user).takeUnretainedValue()
        let length = size * count
        if sink.body.count + length > sink.maxBytes {
            sink.exceeded = true
            return 0 // makes libcurl abort with CURLE_WRITE_ERROR
        }
        data.withMemoryRebound(to: UInt8.self, capacity: length) {
            sink.body.append(contentsOf: UnsafeBufferPointer(start: $0, count: length))
        }
        return length
    }

    private static let headerCallback: @convention(c) (UnsafeMutablePointer<CChar>?, Int, Int, UnsafeMutableRawPointer?) -> Int = { data, size, count, user in
        guard let data, let user else { return 0 }
        let sink = Unmanaged<Sink>.fromOpaque(user).takeUnretainedValue()
        let length = size * count
        let line = data.withMemoryRebound(to: UInt8.self, capacity: length) {
            String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
        }
        if line.hasPrefix("HTTP/") {
            // A new response head (after 100 Continue, say): start over.
            sink.headers.removeAll()
        } else if let colon = line.firstIndex(of: ":") {
            let name = line[..<colon].trimmingASCIIWhitespace()
            let value = line[line.index(after: colon)...].trimmingASCIIWhitespace()
            if !name.isEmpty { sink.headers.append((name, value)) }
        }
        return length
    }
}

extension Substring {
    /// Trims spaces, tabs, CR and LF byte-wise ("\r\n" is one Character, so Character tests miss it).
    func trimmingASCIIWhitespace() -> String {
        let bytes = Array(utf8)
        func isSpace(_ b: UInt8) -> Bool { b == 32 || b == 9 || b == 13 || b == 10 }
        var start = 0, end = bytes.count
        while start < end, isSpace(bytes[start]) { start += 1 }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
