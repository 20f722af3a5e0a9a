import Foundation
import LambdaRuntime
import Testing

/// Write ends of the socket pairs, held for the life of the test process.
private let openWriters = LockedWriters()
final class LockedWriters: @unchecked Sendable {
    private let lock = NSLock()
    private var writers: [TCPConnection] = []
    func withLock(_ body: (inout [TCPConnection]) -> Void) { lock.lock(); body(&writers); lock.unlock() }
}

/// The loop's own HTTP/1.1 codec, JSON reader and log/metric lines.
@Suite struct CodecTests {
    /// A connected socket pair: we write raw bytes on one end, the codec reads the other.
    func pair(_ raw: String) throws -> TCPConnection {
        var fds: [Int32] = [0, 0]
        #expect(socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &fds) == 0)
        let writer = TCPConnection(fd: fds[0])
        try writer.write(Array(raw.utf8))
        shutdown(fds[0], Int32(SHUT_WR))
        openWriters.withLock { $0.append(writer) } // keep the write end open until the process ends (reachable: no leak)
        return TCPConnection(fd: fds[1])
    }

    @Test func contentLengthBody() throws {
        let c = try pair("HTTP/1.1 200 OK\r\nContent-Length: 5\r\nLambda-Runtime-Aws-Request-Id: abc\r\n\r\nhello")
        let head = try HTTP1.readResponseHead(from: c)
        #expect(head.status == 200)
        #expect(head.headers["lambda-runtime-aws-request-id"] == "abc")
        #expect(try HTTP1.readBody(headers: head.headers, from: c, emptyWhenUnframed: false) == Array("hello".utf8))
    }

    @Test func chunkedBodyWithExtensionsAndTrailers() throws {
        let c = try pair("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4;x=y\r\nWiki\r\n5\r\npedia\r\nE\r\n in\r\n\r\nchunks.\r\n0\r\nX-Trailer: 1\r\n\r\n")
        let head = try HTTP1.readResponseHead(from: c)
        #expect(String(decoding: try HTTP1.readBody(headers: head.headers, from: c, emptyWhenUnframed: false), as: UTF8.self) == "Wikipedia in\r\n\r\nchunks.")
    }

    @Test func keepAliveReadsConsecutiveMessages() throws {
        let c = try pair("HTTP/1.1 202 Accepted\r\nContent-Length: 2\r\n\r\nokHTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nabc")
        var head = try HTTP1.readResponseHead(from: c)
        #expect(try HTTP1.readBody(headers: head.headers, from: c, emptyWhenUnframed: false) == Array("ok".utf8))
        head = try HTTP1.readResponseHead(from: c)
        #expect(head.status == 200)
        #expect(try HTTP1.readBody(headers: head.headers, from: c, emptyWhenUnframed: false) == Array("abc".utf8))
    }

    @Test(arguments: [
        "HTTP/1.1 200 OK\r\n\r\nbody without framing",                       // neither length nor chunked
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\n",                 // unsupported coding
        "HTTP/1.1 200 OK\r\nContent-Length: -3\r\n\r\n",                      // bad length
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",        // bad chunk size
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcX\r\n", // missing CRLF after chunk
        "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort",                  // truncated
    ])
    func strictErrors(raw: String) throws {
        let c = try pair(raw)
        #expect(throws: (any Error).self) {
            let head = try HTTP1.readResponseHead(from: c)
            _ = try HTTP1.readBody(headers: head.headers, from: c, emptyWhenUnframed: false)
        }
    }

    @Test(arguments: ["garbage\r\n\r\n", "HTTP/1.1 2x0 OK\r\n\r\n", "HTTP/1.1 200 OK\r\nno colon here\r\n\r\n"])
    func malformedHeads(raw: String) throws {
        let c = try pair(raw)
        #expect(throws: (any Error).self) { _ = try HTTP1.readResponseHead(from: c) }
    }

    @Test func jsonReader() throws {
        let value = try JSONValue.parse(#"{"client":{"app_title":"Cl\u00ednica \ud83d\ude00","n":[1,2.5,-3e2,true,null]},"custom":{"a":"b","skip":1}}"#)
        #expect(value["client"]?["app_title"]?.string == "Clínica 😀")
        #expect(value["custom"]?.stringMap == ["a": "b"])
        #expect(value["client"]?["n"] == .array([.number(1), .number(2.5), .number(-300), .bool(true), .null]))
        for bad in ["{", "{\"a\":}", "[1,]", "\"\\x\"", "{\"a\":1} trailing", "\"\u{01}\""] {
            #expect(throws: JSONValue.ParseError.self) { _ = try JSONValue.parse(bad) }
        }
    }

    final class Lines: @unchecked Sendable {
        var lines: [String] = []
        let lock = NSLock()
        func append(_ line: String) { lock.lock(); lines.append(line); lock.unlock() }
    }

    @Test func logLinesAreJSONWithLevelFiltering() throws {
        let sink = Lines()
        let logger = Logger(level: .info, requestId: "req-1", sink: { sink.append($0) })
        logger.debug("hidden")
        logger.info("visible \"quoted\"\n", ["bytes": 12, "ok": true, "name": "x"])
        #expect(sink.lines.count == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(sink.lines[0].utf8)) as? [String: Any])
        #expect(object["level"] as? String == "INFO")
        #expect(object["message"] as? String == "visible \"quoted\"\n")
        #expect(object["requestId"] as? String == "req-1")
        #expect(object["bytes"] as? Int == 12)
        #expect((object["timestamp"] as? String)?.hasSuffix("Z") == true)
        #expect(Logger(environment: Environment(["AWS_LAMBDA_LOG_LEVEL": "warn"])).level == .warn)
        #expect(Logger(environment: Environment([:])).level == .info)
    }

    @Test func emfLineDeclaresItsMetrics() throws {
        let sink = Lines()
        MetricsEmitter(sink: { sink.append($0) }).emit([.init("InputTokens", 120, .count), .init("ModelLatency", 850.5, .milliseconds)],
                                                      dimensions: ["function": "summarizer", "model": "m1"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(sink.lines[0].utf8)) as? [String: Any])
        let aws = try #require(object["_aws"] as? [String: Any])
        let directive = try #require((aws["CloudWatchMetrics"] as? [[String: Any]])?.first)
        #expect(directive["Namespace"] as? String == "ClinicalAssistant")
        #expect(directive["Dimensions"] as? [[String]] == [["function", "model"]])
        #expect((directive["Metrics"] as? [[String: String]])?.map { $0["Name"] ?? "" } == ["InputTokens", "ModelLatency"])
        #expect(object["InputTokens"] as? Double == 120)
        #expect(object["function"] as? String == "summarizer")
    }
}

/// The one JSON reader is strict (it reads tokens and events) and the one
/// writer escapes exactly what JSON and our log readers need.
@Suite struct StrictJSONTests {
    @Test(arguments: [
        #"{"a":1,"a":2}"#,            // duplicate member names: parsers disagree on the winner
        "\"\u{7F}\"".replacingOccurrences(of: "\u{7F}", with: "\u{1}"), // raw control character
        #""\ud800""#,                  // lone high surrogate
        #""\udc00""#,                  // lone low surrogate
        "01", "1.", ".5", "-", "1e", "+1", "NaN", "Infinity", "1e999",
        "{\"a\" 1}", "[1 2]", "tru", "nul", "",
    ])
    func rejects(_ text: String) {
        #expect(throws: JSONValue.ParseError.self) { _ = try JSONValue.parse(text) }
    }

    @Test func rejectsInvalidUTF8AndBoundsDepth() throws {
        #expect(throws: JSONValue.ParseError.self) { _ = try JSONValue.parse([0x22, 0xC3, 0x28, 0x22]) }
        #expect(throws: JSONValue.ParseError.self) { _ = try JSONValue.parse([0x22, 0xED, 0xA0, 0x80, 0x22]) } // encoded surrogate
        let nested = String(repeating: "[", count: 13) + String(repeating: "]", count: 13)
        #expect(throws: JSONValue.ParseError.self) { _ = try JSONValue.parse(nested, maxDepth: 12) }
        #expect(try JSONValue.parse(String(repeating: "[", count: 12) + String(repeating: "]", count: 12), maxDepth: 12) != .null)
    }

    @Test func writerEscapesWhatItMust() throws {
        let hostile = "a\"b\\c\nd\re\tf\u{1}g\u{1F}h\u{2028}i\u{2029}j/é😀"
        let quoted = JSONText.quoted(hostile)
        #expect(quoted == #""a\"b\\c\nd\re\tf\u0001g\u001fh\u2028i\u2029j/é😀""#)
        #expect(try JSONValue.parse(quoted) == .string(hostile))
        #expect(try JSONDecoder().decode(String.self, from: Data(quoted.utf8)) == hostile)
        #expect(JSONText.quoted("") == "\"\"")
    }
}
