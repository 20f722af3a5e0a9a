import Foundation
import LambdaRuntime

/// `lambda-local serve`: a REST API on loopback shaped like the deployed one.
/// Protected routes go through the real `authorizer` binary (TOKEN event,
/// IAM policy evaluated like API Gateway), then the route's function gets a
/// REST v1 proxy event with `requestContext.authorizer`. One warm process per
/// function, one invocation at a time each, as Lambda with concurrency 1.
public final class LocalAPIGateway: @unchecked Sendable {
    struct Route {
        let method: String
        let resource: String
        let function: String
        let isProtected: Bool
    }

    /// The routes of template.yaml.
    static let routes: [Route] = [
        Route(method: "GET", resource: "/health", function: "health", isProtected: false),
        Route(method: "POST", resource: "/summarize", function: "summarizer", isProtected: true),
        Route(method: "GET", resource: "/patients/{patientId}/reports", function: "summarizer", isProtected: true),
        Route(method: "GET", resource: "/reports/{reportId}", function: "summarizer", isProtected: true),
        Route(method: "POST", resource: "/uploads", function: "file-processor", isProtected: true),
        Route(method: "GET", resource: "/documents/{documentId}", function: "file-processor", isProtected: true),
        Route(method: "POST", resource: "/chat", function: "chat", isProtected: true),
        Route(method: "GET", resource: "/chat/sessions", function: "chat", isProtected: true),
        Route(method: "GET", resource: "/chat/sessions/{sessionId}", function: "chat", isProtected: true),
        Route(method: "GET", resource: "/usage", function: "chat", isProtected: true),
    ]
    static let accountId = "000000000000", apiId = "localapi01", stage = "local", region = "us-east-1"

    /// A warm function behind its own emulator; invocations are serialized.
    final class WarmFunction: @unchecked Sendable {
        let session: LocalSession
        let lock = NSLock()
        init(_ session: LocalSession) { self.session = session }
        func invoke(_ event: [UInt8], timeoutMs: Int64) -> RuntimeEmulator.Outcome? {
            lock.lock(); defer { lock.unlock() }
            let id = session.emulator.enqueue(event, timeoutMs: timeoutMs)
            return session.emulator.waitForOutcome(id, untilMs: WallClock.nowMs() + timeoutMs) { !session.function.isRunning }
        }
    }

    private let environment: [String: String]
    private let timeoutMs: Int64
    private let lock = NSLock()
    private var functions: [String: WarmFunction] = [:]
    private var server: HTTPServer!

    public init(port: UInt16, environment: [String: String], timeoutSeconds: Double = 30) throws {
        self.environment = environment
        self.timeoutMs = Int64(timeoutSeconds * 1000)
        server = try HTTPServer(port: port, owner: self) { gateway, request in gateway.serve(request) }
    }

    public var baseURL: String { server.baseURL }

    public func stop() {
        server.stop()
        lock.lock(); let all = functions.values; lock.unlock()
        for function in all { function.session.stop() }
    }

    private func warm(_ name: String) throws -> WarmFunction {
        lock.lock(); defer { lock.unlock() }
        if let existing = functions[name], existing.session.function.isRunning { return existing }
        guard let executable = InvokeCommand.resolveExecutable(name) else { throw LocalAPIError("no built function \(name)") }
        let function = WarmFunction(try LocalSession(executable: executable, functionName: name, environment: environment))
        functions[name] = function
        return function
    }

    struct LocalAPIError: Error, CustomStringConvertible { let description: String; init(_ d: String) { description = d } }

    private func serve(_ request: HTTPServer.Request) -> HTTPServer.Response {
        let started = WallClock.monotonicNs()
        let requestId = UUID().uuidString.lowercased()
        let response = route(request, requestId: requestId)
        let line = "{\"message\":\"local api\",\"method\":\(JSONText.quoted(request.method)),\"path\":\(JSONText.quoted(request.path)),\"status\":\(response.status),\"durationUs\":\((WallClock.monotonicNs() - started) / 1000)}\n"
        FileHandle.standardError.write(Data(line.utf8))
        return response
    }

    private func gatewayError(_ status: Int, _ message: String, _ requestId: String) -> HTTPServer.Response {
        // API Gateway's own answers (before any function) keep its {"message"} shape.
        .json(status, "{\"message\":\(JSONText.quoted(message))}", headers: [("x-amzn-RequestId", requestId)])
    }

    private func route(_ request: HTTPServer.Request, requestId: String) -> HTTPServer.Response {
        let path = S3KeyPath.decode(request.path)
        guard let (route, parameters) = Self.match(method: request.method, path: path) else {
            return gatewayError(Self.routes.contains { Self.bind($0.resource, path) != nil } ? 405 : 404,
                                Self.routes.contains { Self.bind($0.resource, path) != nil } ? "Method Not Allowed" : "Missing Authentication Token", requestId)
        }
        var authorizerContext: [String: Any]?
        if route.isProtected {
            guard let token = request.headers["Authorization"] else { return gatewayError(401, "Unauthorized", requestId) }
            let methodArn = "arn:aws:execute-api:\(Self.region):\(Self.accountId):\(Self.apiId)/\(Self.stage)/\(route.method)\(path)"
            let event: [String: Any] = ["type": "TOKEN", "authorizationToken": token, "methodArn": methodArn]
            let outcome: RuntimeEmulator.Outcome?
            do { outcome = try warm("authorizer").invoke(Array(try JSONSerialization.data(withJSONObject: event)), timeoutMs: timeoutMs) }
            catch { return gatewayError(500, "authorizer unavailable: \(error)", requestId) }
            guard case .response(let bytes)? = outcome,
                  let answer = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else {
                return gatewayError(401, "Unauthorized", requestId)
            }
            guard PolicyEvaluation.allows(answer["policyDocument"], methodArn: methodArn) else {
                return gatewayError(403, "User is not authorized to access this resource with an explicit deny", requestId)
            }
            var context = answer["context"] as? [String: Any] ?? [:]
            context["principalId"] = answer["principalId"]
            authorizerContext = context
        }
        return invokeRoute(route, parameters: parameters, request: request, path: path, authorizer: authorizerContext, requestId: requestId)
    }

    private func invokeRoute(_ route: Route, parameters: [String: String], request: HTTPServer.Request, path: String,
                             authorizer: [String: Any]?, requestId: String) -> HTTPServer.Response {
        var headers: [String: String] = [:]
        var multiHeaders: [String: [String]] = [:]
        for field in request.headers { headers[field.name] = field.value; multiHeaders[field.name, default: []].append(field.value) }
        var query: [String: String] = [:]
        var multiQuery: [String: [String]] = [:]
        for pair in request.query.split(separator: "&") where !pair.isEmpty {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = S3KeyPath.decodeForm(String(parts[0]))
            let value = parts.count > 1 ? S3KeyPath.decodeForm(String(parts[1])) : ""
            query[key] = value
            multiQuery[key, default: []].append(value)
        }
        let textBody = String(validating: request.body, as: UTF8.self)
        var requestContext: [String: Any] = ["accountId": Self.accountId, "apiId": Self.apiId, "stage": Self.stage, "requestId": requestId,
                                             "resourcePath": route.resource, "httpMethod": route.method, "path": "/\(Self.stage)\(path)",
                                             "requestTimeEpoch": WallClock.nowMs(), "identity": ["sourceIp": "127.0.0.1"]]
        if let authorizer { requestContext["authorizer"] = authorizer }
        let event: [String: Any] = [
            "resource": route.resource, "path": path, "httpMethod": route.method,
            "headers": headers.isEmpty ? NSNull() : headers, "multiValueHeaders": multiHeaders.isEmpty ? NSNull() : multiHeaders,
            "queryStringParameters": query.isEmpty ? NSNull() : query, "multiValueQueryStringParameters": multiQuery.isEmpty ? NSNull() : multiQuery,
            "pathParameters": parameters.isEmpty ? NSNull() : parameters, "stageVariables": NSNull(),
            "requestContext": requestContext,
            "body": request.body.isEmpty ? NSNull() : (textBody ?? Data(request.body).base64EncodedString()),
            "isBase64Encoded": !request.body.isEmpty && textBody == nil,
        ]
        let outcome: RuntimeEmulator.Outcome?
        do { outcome = try warm(route.function).invoke(Array(try JSONSerialization.data(withJSONObject: event)), timeoutMs: timeoutMs) }
        catch { return gatewayError(500, "function unavailable: \(error)", requestId) }
        guard case .response(let bytes)? = outcome,
              let answer = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any],
              let status = answer["statusCode"] as? Int else {
            return gatewayError(502, "Internal server error", requestId)
        }
        var responseHeaders: [(String, String)] = [("x-amzn-RequestId", requestId)]
        for (name, value) in answer["headers"] as? [String: Any] ?? [:] { responseHeaders.append((name, "\(value)")) }
        let body = answer["body"] as? String ?? ""
        let bytesOut = (answer["isBase64Encoded"] as? Bool ?? false) ? Array(Data(base64Encoded: body) ?? Data()) : Array(body.utf8)
        return HTTPServer.Response(status: status, headers: responseHeaders, body: bytesOut)
    }

    static func match(method: String, path: String) -> (Route, [String: String])? {
        for route in routes where route.method == method {
            if let parameters = bind(route.resource, path) { return (route, parameters) }
        }
        return nil
    }

    /// Binds `{name}` segments of a resource template to a concrete path.
    static func bind(_ template: String, _ path: String) -> [String: String]? {
        let t = template.split(separator: "/"), p = path.split(separator: "/")
        guard t.count == p.count else { return nil }
        var parameters: [String: String] = [:]
        for (a, b) in zip(t, p) {
            if a.hasPrefix("{") && a.hasSuffix("}") { parameters[String(a.dropFirst().dropLast())] = String(b) }
            else if a != b { return nil }
        }
        return parameters
    }
}

/// API Gateway's evaluation of an authorizer policy: an explicit Deny wins,
/// then any Allow whose resource pattern (`*` wildcards) matches.
enum PolicyEvaluation {
    static func allows(_ document: Any?, methodArn: String) -> Bool {
        guard let statements = (document as? [String: Any])?["Statement"] as? [[String: Any]] else { return false }
        var allowed = false
        for statement in statements {
            let resources = (statement["Resource"] as? [String]) ?? [(statement["Resource"] as? String) ?? ""]
            guard resources.contains(where: { matches(pattern: $0, methodArn) }) else { continue }
            if statement["Effect"] as? String == "Deny" { return false }
            if statement["Effect"] as? String == "Allow" { allowed = true }
        }
        return allowed
    }

    static func matches(pattern: String, _ text: String) -> Bool {
        let parts = pattern.split(separator: "*", omittingEmptySubsequences: false).map(String.init)
        guard parts.count > 1 else { return pattern == text }
        guard text.hasPrefix(parts[0]) else { return false }
        var rest = Substring(text.dropFirst(parts[0].count))
        for (index, part) in parts.dropFirst().enumerated() {
            if index == parts.count - 2 { return part.isEmpty || rest.hasSuffix(part) }
            guard let range = rest.range(of: part) else { return false }
            rest = rest[range.upperBound...]
        }
        return true
    }
}

/// Percent-decoding of request paths and form-encoded query strings.
enum S3KeyPath {
    static func decode(_ text: String) -> String { text.removingPercentEncoding ?? text }
    static func decodeForm(_ text: String) -> String { text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? text }
}

/// `lambda-local serve [--port P] [--env K=V]...`
public enum ServeCommand {
    public static func run(arguments: [String]) -> Int32 {
        var port: UInt16 = 3000
        var environment: [String: String] = [:]
        var index = 0
        while index < arguments.count {
            switch arguments[index] {
            case "--port":
                index += 1
                guard index < arguments.count, let value = UInt16(arguments[index]) else { return usage() }
                port = value
            case "--env":
                index += 1
                guard index < arguments.count, let eq = arguments[index].firstIndex(of: "="), eq != arguments[index].startIndex else { return usage() }
                environment[String(arguments[index][..<eq])] = String(arguments[index][arguments[index].index(after: eq)...])
            default:
                return usage()
            }
            index += 1
        }
        do {
            let gateway = try LocalAPIGateway(port: port, environment: environment)
            let banner = """
            local API on \(gateway.baseURL) (Ctrl-C stops it)
              curl \(gateway.baseURL)/health
              TOKEN=$(.build/debug/lambda-local token --sub dr-1 --group doctors --clinic clinic-mx-001)
              curl -H "Authorization: Bearer $TOKEN" \(gateway.baseURL)/usage

            """
            FileHandle.standardOutput.write(Data(banner.utf8))
            signal(SIGINT) { _ in exit(0) }
            signal(SIGTERM) { _ in exit(0) }
            while true { sleep(3600) }
        } catch {
            FileHandle.standardError.write(Data("lambda-local serve: \(error)\n".utf8))
            return 1
        }
    }

    static func usage() -> Int32 {
        FileHandle.standardError.write(Data("usage: lambda-local serve [--port P] [--env K=V]...\n".utf8))
        return 2
    }
}
