import Foundation
import LambdaRuntime

/// The REST API of template.yaml on loopback, behaving as API Gateway REST
/// documents: routes matched like API Gateway (unknown route or method →
/// 403 "Missing Authentication Token"), Lambda authorizers with their
/// identity source, validation expression and policy cache (`AuthorizerGate`),
/// the proxy event as API Gateway builds it (`ProxyEventWriter`), the
/// function's answer mapped back (`ProxyResponseMapper`), a function error →
/// 502, the integration timeout (29 s) → 504, CORS preflight as declared.
public final class LocalAPIGateway: @unchecked Sendable {
    public static let apiId = "localapi01"
    /// The name of the gateway's connection threads (benchmarks count their CPU apart).
    public static let threadName = "api-gateway"

    private let apis: [CloudTemplate.API]
    private let table: RouteTable
    private let pools: [String: FunctionPool]
    private var gates: [[String: AuthorizerGate]] = []
    private let integrationTimeoutMs: Int64
    /// `--throttle-wait`: how long a request over a function's concurrency limit may wait for a process (0: none, as AWS).
    private let throttleWaitMs: Int64
    private let log: CloudLog
    private var server: HTTPServer!
    /// The definition's gateway-response headers (CORS on the gateway's own answers; `DefinitionCORS`).
    private let gatewayResponseHeaders: [String: [CloudTemplate.Header]]
    /// API Gateway REST's payload limit.
    static let maxRequestBytes = 10 * 1024 * 1024

    init(template: CloudTemplate, pools: [String: FunctionPool], port: UInt16, integrationTimeoutSeconds: Double,
         throttleWaitSeconds: Double = 0, log: CloudLog) throws {
        apis = template.apis
        table = RouteTable(apis: template.apis)
        self.pools = pools
        self.integrationTimeoutMs = Int64(integrationTimeoutSeconds * 1000)
        self.throttleWaitMs = Int64(throttleWaitSeconds * 1000)
        self.log = log
        gatewayResponseHeaders = template.apis.first { !$0.gatewayResponseHeaders.isEmpty }?.gatewayResponseHeaders ?? [:]
        for api in template.apis {
            var byName: [String: AuthorizerGate] = [:]
            for (name, authorizer) in api.authorizers {
                byName[name] = try AuthorizerGate(authorizer: authorizer, pool: pools[authorizer.functionLogicalId],
                                                  integrationTimeoutMs: Int64(integrationTimeoutSeconds * 1000))
            }
            gates.append(byName)
        }
        server = try HTTPServer(port: port, owner: self, threadName: LocalAPIGateway.threadName) { gateway, request in gateway.serve(request) }
    }

    public var baseURL: String { server.baseURL }
    public var port: UInt16 { server.port }

    public func stop() { server.stop() }

    /// Invocations of the authorizer `name` so far (tests of the policy cache).
    public func authorizerInvocations(_ name: String) -> Int {
        gates.compactMap { $0[name]?.invocationCount }.reduce(0, +)
    }

    private func context(_ api: Int) -> ProxyEventWriter.Context {
        ProxyEventWriter.Context(accountId: CloudTemplate.accountId, apiId: Self.apiId, stage: apis[api].stage, port: server.port,
                                 binaryMediaTypes: apis[api].binaryMediaTypes)
    }

    private func serve(_ raw: HTTPServer.Request) -> HTTPServer.Response {
        let started = WallClock.monotonicNs()
        let request = GatewayRequest(raw)
        var (response, resource) = route(request)
        DefinitionCORS.addGatewayResponseHeaders(&response, gatewayResponseHeaders)
        guard log.enabled else { return response }
        let micros = (WallClock.monotonicNs() - started) / 1000
        log.platform("gateway.access", function: nil, requestId: request.id,
                     message: "\(request.method) \(resource ?? "(no route)") \(response.status) \(String(format: "%.1f", Double(micros) / 1000)) ms",
                     fields: [("status", .int(Int64(response.status))), ("durationUs", .int(Int64(micros)))])
        return response
    }

    private func route(_ request: GatewayRequest) -> (HTTPServer.Response, String?) {
        if request.body.count > Self.maxRequestBytes { return (GatewayResponses.tooLarge(request.id), nil) }
        guard let match = table.match(method: request.method, rawPath: request.rawPath) else {
            if request.method == "OPTIONS", let preflight = preflight(request) { return (preflight, nil) }
            return (GatewayResponses.missingAuthenticationToken(request.id), nil)
        }
        let route = match.entry.route
        let api = match.entry.api
        if let preflight = route.preflight { return (DefinitionCORS.preflight(preflight, request: request), route.resource) }
        var authorizerContext: [UInt8]?
        if let name = route.authorizer {
            guard let gate = gates[api][name] else { return (GatewayResponses.authorizerFailure(request.id), route.resource) }
            let methodArn = "arn:aws:execute-api:\(CloudTemplate.region):\(CloudTemplate.accountId):\(Self.apiId)/\(apis[api].stage)/\(request.method)\(request.rawPath)"
            let decision = gate.authorize(request, methodArn: methodArn) {
                ProxyEventWriter.event(request, route: route, parameters: match.parameters, context: context(api), authorizer: nil, authorizerType: methodArn)
            }
            switch decision {
            case .denied(let response): return (response, route.resource)
            case .allowed(let context): authorizerContext = context
            }
        }
        guard let pool = pools[route.functionLogicalId] else { return (GatewayResponses.internalError(request.id), route.resource) }
        let event = ProxyEventWriter.event(request, route: route, parameters: match.parameters, context: context(api), authorizer: authorizerContext)
        if event.count > 6 * 1024 * 1024 { return (GatewayResponses.tooLarge(request.id), route.resource) } // Lambda's synchronous payload limit
        let whenBusy: FunctionPool.WhenBusy = throttleWaitMs > 0 ? .wait(untilMs: WallClock.nowMs() + throttleWaitMs) : .throttle
        switch pool.invoke(event, traceId: request.traceId, callerTimeoutMs: integrationTimeoutMs, whenBusy: whenBusy) {
        case .response(let payload):
            guard let response = ProxyResponseMapper.map(payload, requestId: request.id, accept: request.header("Accept"),
                                                         binaryMediaTypes: apis[api].binaryMediaTypes) else {
                log.platform("gateway.malformed", function: pool.function.executable, requestId: request.id,
                             message: "Execution failed due to configuration error: Malformed Lambda proxy response")
                return (GatewayResponses.internalError(request.id), route.resource)
            }
            return (response, route.resource)
        case .functionError, .failed:
            return (GatewayResponses.internalError(request.id), route.resource)
        case .callerTimedOut:
            return (GatewayResponses.timeout(request.id), route.resource)
        case .throttled:
            // Lambda refused the invocation (429): API Gateway answers 500, not 502 (the function never ran).
            return (GatewayResponses.invocationRefused(request.id), route.resource)
        }
    }

    /// The OPTIONS method SAM adds for `Cors` (only where the template declares no OPTIONS route of its own).
    private func preflight(_ request: GatewayRequest) -> HTTPServer.Response? {
        let methods = table.methods(onRawPath: request.rawPath)
        guard !methods.isEmpty, let entry = table.entries.first(where: { methods.contains($0.route.method) }),
              let cors = apis[entry.api].cors else { return nil }
        let api = apis[entry.api]
        if api.authorizePreflight, let name = api.defaultAuthorizer {
            guard let gate = gates[entry.api][name] else { return GatewayResponses.authorizerFailure(request.id) }
            let methodArn = "arn:aws:execute-api:\(CloudTemplate.region):\(CloudTemplate.accountId):\(Self.apiId)/\(api.stage)/OPTIONS\(request.rawPath)"
            let route = CloudTemplate.Route(method: "OPTIONS", resource: entry.route.resource, functionLogicalId: "", authorizer: name)
            if case .denied(let response) = gate.authorize(request, methodArn: methodArn, event: {
                ProxyEventWriter.event(request, route: route, parameters: [], context: context(entry.api), authorizer: nil, authorizerType: methodArn)
            }) { return response }
        }
        return CORSResponder.preflight(cors, methods: methods, requestId: request.id)
    }
}
