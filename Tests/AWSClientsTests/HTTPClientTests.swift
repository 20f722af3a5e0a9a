import Foundation
import Testing
import AWSClients
import LambdaRuntime
import LocalStack

@Suite struct HTTPClientTests {
    @Test func sendsMethodHeadersAndBodyAndReadsResponse() throws {
        let seen = Recorder<HTTPServer.Request>()
        let server = try HTTPServer { request in
            seen.append(request)
            return HTTPServer.Response(status: 201, headers: [("X-Reply", "yes"), ("Content-Type", "text/plain")], body: Array("created".utf8))
        }
        defer { server.stop() }
        let client = HTTPClient()
        let response = try client.send(HTTPRequest(method: "PUT", url: server.baseURL + "/a/./b/../c//d?x=1",
                                                   headers: [("X-Custom", "  value  "), ("Content-Type", "application/json")],
                                                   body: Array("{\"k\":1}".utf8)), timeoutMs: 10_000)
        #expect(response.status == 201)
        #expect(response.header("x-reply") == "yes")
        #expect(response.header("CONTENT-TYPE") == "text/plain")
        #expect(String(decoding: response.body, as: UTF8.self) == "created")
        let request = try #require(seen.all.first)
        #expect(request.method == "PUT")
        // PATH_AS_IS: dot segments and double slashes reach the server untouched.
        #expect(request.target == "/a/./b/../c//d?x=1")
        #expect(request.headers["x-custom"] == "value")
        #expect(request.headers["content-type"] == "application/json")
        #expect(request.headers["expect"] == nil)
        #expect(String(decoding: request.body, as: UTF8.self) == "{\"k\":1}")
    }

    @Test func postWithoutContentTypeGetsNoFormContentType() throws {
        let seen = Recorder<HTTPServer.Request>()
        let server = try HTTPServer { request in
            seen.append(request)
            return HTTPServer.Response(status: 204)
        }
        defer { server.stop() }
        let response = try HTTPClient().send(HTTPRequest(method: "POST", url: server.baseURL + "/"), timeoutMs: 10_000)
        #expect(response.status == 204)
        let request = try #require(seen.all.first)
        #expect(request.headers["content-type"] == nil)
        #expect(request.headers["content-length"] == "0")
    }

    @Test func headAndDeleteAndGet() throws {
        let server = try HTTPServer { request in
            switch request.method {
            case "HEAD": return HTTPServer.Response(status: 200, headers: [("ETag", "\"abc\"")])
            case "DELETE": return HTTPServer.Response(status: 204)
            default: return HTTPServer.Response(status: 200, body: Array(request.method.utf8))
            }
        }
        defer { server.stop() }
        let client = HTTPClient()
        let head = try client.send(HTTPRequest(method: "HEAD", url: server.baseURL + "/x"), timeoutMs: 10_000)
        #expect(head.status == 200 && head.header("etag") == "\"abc\"" && head.body.isEmpty)
        let delete = try client.send(HTTPRequest(method: "DELETE", url: server.baseURL + "/x"), timeoutMs: 10_000)
        #expect(delete.status == 204)
        let get = try client.send(HTTPRequest(method: "GET", url: server.baseURL + "/x"), timeoutMs: 10_000)
        #expect(String(decoding: get.body, as: UTF8.self) == "GET")
    }

    @Test func sequentialRequestsOnOnePooledHandleStayIndependent() throws {
        let peers = Recorder<String>()
        let server = try HTTPServer { request in
            peers.append(request.headers["x-n"] ?? "")
            return HTTPServer.Response(status: 200, body: [1])
        }
        defer { server.stop() }
        let client = HTTPClient(poolLimit: 1)
        for n in 0..<5 {
            _ = try client.send(HTTPRequest(method: "GET", url: server.baseURL + "/", headers: [("X-N", String(n))]), timeoutMs: 10_000)
        }
        #expect(peers.all == ["0", "1", "2", "3", "4"])
    }

    @Test func boundsTheResponseSize() throws {
        let server = try HTTPServer { _ in HTTPServer.Response(status: 200, body: [UInt8](repeating: 7, count: 100_000)) }
        defer { server.stop() }
        #expect(throws: HTTPClientError.responseTooLarge(limit: 1000)) {
            try HTTPClient().send(HTTPRequest(method: "GET", url: server.baseURL + "/"), timeoutMs: 10_000, maxResponseBytes: 1000)
        }
        let whole = try HTTPClient().send(HTTPRequest(method: "GET", url: server.baseURL + "/"), timeoutMs: 10_000, maxResponseBytes: 100_000)
        #expect(whole.body.count == 100_000)
    }

    @Test func timesOutOnASlowServer() throws {
        let server = try HTTPServer { _ in
            Thread.sleep(forTimeInterval: 3)
            return HTTPServer.Response(status: 200)
        }
        defer { server.stop() }
        let started = Date()
        #expect(throws: HTTPClientError.timedOut(afterMs: 300)) {
            try HTTPClient().send(HTTPRequest(method: "GET", url: server.baseURL + "/"), timeoutMs: 300)
        }
        #expect(Date().timeIntervalSince(started) < 2.9)
        #expect(throws: HTTPClientError.timedOut(afterMs: 0)) {
            try HTTPClient().send(HTTPRequest(method: "GET", url: server.baseURL + "/"), timeoutMs: 0)
        }
    }

    @Test func refusedConnectionIsARetryableConnectionFailure() throws {
        let server = try HTTPServer { _ in HTTPServer.Response(status: 200) }
        let url = server.baseURL + "/"
        // One exchange first, so the server's accept thread has started before it is stopped and released.
        #expect(try HTTPClient().send(HTTPRequest(method: "GET", url: url), timeoutMs: 20_000).status == 200)
        server.stop()
        do {
            _ = try HTTPClient().send(HTTPRequest(method: "GET", url: url), timeoutMs: 5_000)
            Issue.record("expected a connection failure")
        } catch let error as HTTPClientError {
            guard case .connectionFailed = error else { Issue.record("unexpected \(error)"); return }
            #expect(error.isRetryable)
        }
    }

    @Test func rejectsHeaderInjectionAndOtherSchemes() throws {
        #expect(throws: HTTPClientError.self) {
            try HTTPClient().send(HTTPRequest(method: "GET", url: "http://127.0.0.1:1/", headers: [("X-A", "a\r\nX-B: b")]), timeoutMs: 1_000)
        }
        do {
            _ = try HTTPClient().send(HTTPRequest(method: "GET", url: "file:///etc/passwd"), timeoutMs: 1_000)
            Issue.record("file:// must be refused")
        } catch let error as HTTPClientError {
            guard case .invalidRequest = error else { Issue.record("unexpected \(error)"); return }
        }
    }
}

/// A thread-safe list the loopback servers append to.
final class Recorder<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [T] = []
    func append(_ item: T) { lock.lock(); items.append(item); lock.unlock() }
    var all: [T] { lock.lock(); defer { lock.unlock() }; return items }
}

@Suite struct HTTPClientConcurrencyTests {
    /// More callers than pooled handles: every exchange still gets its own answer.
    @Test func concurrentCallersGetTheirOwnResponses() throws {
        let server = try HTTPServer { request in
            HTTPServer.Response(status: 200, body: Array((request.headers["x-n"] ?? "?").utf8))
        }
        defer { server.stop() }
        let client = HTTPClient(poolLimit: 2)
        let wrong = Recorder<String>()
        DispatchQueue.concurrentPerform(iterations: 64) { n in
            do {
                let response = try client.send(HTTPRequest(method: "GET", url: server.baseURL + "/", headers: [("X-N", String(n))]), timeoutMs: 20_000)
                if String(decoding: response.body, as: UTF8.self) != String(n) { wrong.append("\(n)") }
            } catch {
                wrong.append("\(n): \(error)")
            }
        }
        #expect(wrong.all.isEmpty)
    }
}
