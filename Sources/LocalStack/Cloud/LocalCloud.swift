import AWSClients
import Clinical
import Foundation
import LambdaRuntime

/// The whole local cloud of `lambda-local serve`, built from template.yaml:
/// a function pool per function, the REST API in front of them, the local
/// JWKS (the authorizer's keys), the Bedrock-compatible endpoint (offline
/// model), the local S3 with the template's buckets whose notifications go to
/// their functions asynchronously (retries, dead letters), the local Data
/// Automation, and the EventBridge rules that route its completion events.
public final class LocalCloud: @unchecked Sendable {
    public struct Options: Sendable {
        public var templatePath = "template.yaml"
        public var port: UInt16 = 3000
        /// When `port` is taken, serve on a free one (printed) instead of failing.
        public var fallbackToFreePort = true
        public var parameterOverrides: [String: String] = [:]
        /// `--env K=V`: given to every function, over the template's values.
        public var environment: [String: String] = [:]
        /// Executable per logical id or executable name, instead of the binary next to lambda-local.
        public var executables: [String: String] = [:]
        public var logFile: String?
        public var quiet = false
        /// Where dead letters (`dead-letters/`) and S3 objects (`s3/`) live.
        public var stateDirectory = ".local"
        public var integrationTimeoutSeconds = 29.0
        public var idleSeconds = 600.0
        public var defaultConcurrency = FunctionPool.defaultConcurrency
        public var asyncRetryDelays: [Double] = [1, 2]
        /// How long an API request over a function's concurrency limit waits for a process before the
        /// 500 of a throttled invocation; 0 (the default) throttles at once, as AWS does.
        public var throttleWaitSeconds = 0.0
        public init() {}
    }

    public private(set) var template: CloudTemplate
    public let log: CloudLog
    public let asyncInvoker: AsyncInvoker
    public private(set) var pools: [String: FunctionPool] = [:]
    public private(set) var gateway: LocalAPIGateway!
    public private(set) var s3: LocalS3?
    public private(set) var dataAutomation: LocalDataAutomation?
    private var jwks: LocalJWKSService?
    private var bedrock: LocalBedrock?
    private let stopLock = PThreadMutex()
    private var stopped = false
    /// Lines for the start-up banner besides the template's issues.
    public private(set) var notes: [String] = []

    public init(options: Options) throws {
        template = try CloudTemplate.load(path: options.templatePath, parameterOverrides: options.parameterOverrides)
        log = try CloudLog(logFile: options.logFile, quiet: options.quiet)
        asyncInvoker = AsyncInvoker(deadLetterDirectory: options.stateDirectory + "/dead-letters", retryDelays: options.asyncRetryDelays, log: log)
        do {
            try start(options: options)
        } catch {
            stop()
            throw error
        }
        let interval = min(1.0, max(0.05, options.idleSeconds / 4))
        let reaper = Thread { [weak self] in
            while let cloud = self, !cloud.stopLock.withLock({ cloud.stopped }) {
                for pool in cloud.pools.values { pool.stopIdle() }
                usleep(useconds_t(interval * 1_000_000))
            }
        }
        reaper.stackSize = 256 << 10
        reaper.start()
    }

    private func start(options: Options) throws {
        // One of each local service for every function (LocalServices starts them per `invoke` instead).
        let jwksService = try LocalJWKSService()
        jwks = jwksService
        let model = OfflineClinicalModel()
        let bedrockService = try LocalBedrock(converse: { system, user in model.respond(toConverseSystem: system, user: user) },
                                              embed: { text, dimensions in HashedEmbedding.embed(text, dimensions: dimensions) })
        bedrock = bedrockService
        var shared = LocalCredentials.environment
        shared["AWS_REGION"] = CloudTemplate.region
        shared["AWS_DEFAULT_REGION"] = CloudTemplate.region
        shared.merge(bedrockService.environment) { $1 }
        if !template.buckets.isEmpty {
            let log = self.log
            let store = try LocalS3(root: options.stateDirectory + "/s3", logger: Logger(level: .warn, sink: { line in
                log.function("s3", requestId: nil, line: line[...])
            })) { [weak self] created in self?.objectCreated(created) }
            s3 = store
            for bucket in template.buckets.values {
                try store.createBucket(bucket.name)
                store.setCORSRules(bucket.corsRules, bucket: bucket.name)
            }
            shared.merge(store.environment) { $1 }
            notes.append("local S3 on \(store.endpointURL): \(template.buckets.values.map(\.name).sorted().joined(separator: ", ")) under \(options.stateDirectory)/s3")
            // Data Automation reads inputs and writes its output layout through the local S3, then sends
            // its EventBridge completion event, which the template's rules route.
            let automation = try LocalDataAutomation(s3: store.client(), logger: Logger(level: .warn, sink: { line in
                log.function("data-automation", requestId: nil, line: line[...])
            })) { [weak self] event in self?.eventBridgeEvent(event) }
            dataAutomation = automation
            shared.merge(automation.environment) { $1 }
            notes.append("local Bedrock Data Automation on \(automation.endpointURL) (pdftotext, tesseract spa+eng; audio needs AWS)")
        }
        for (logicalId, var function) in template.functions.sorted(by: { $0.key < $1.key }) {
            let path = options.executables[logicalId] ?? options.executables[function.executable]
            guard let executable = InvokeCommand.resolveExecutable(path ?? function.executable) else {
                notes.append("not served: \(logicalId) (no built executable \(path ?? function.executable))")
                continue
            }
            function.executable = path.map { URL(fileURLWithPath: $0).lastPathComponent } ?? function.executable
            template.functions[logicalId] = function
            // Empty template values (a parameter defaulting to "") are left unset, as the functions read them.
            var environment = function.environment.filter { !$0.value.isEmpty }
            environment.merge(shared) { $1 }
            // The local Bedrock answers with the offline model: name it, so nobody mistakes its answers for
            // Claude's and the ledger charges nothing for them.
            if environment["MODEL_ID"] != nil { environment["MODEL_ID"] = Self.offlineModelId }
            if environment["EMBEDDING_MODEL_ID"] != nil { environment["EMBEDDING_MODEL_ID"] = Self.offlineEmbeddingModelId }
            if template.apis.contains(where: { $0.authorizers.values.contains { $0.functionLogicalId == logicalId } }) {
                environment.merge(jwksService.authorizerEnvironment) { $1 }
            }
            environment.merge(options.environment) { $1 }
            for unresolved in template.unresolvedEnvironment where unresolved.function == logicalId && environment[unresolved.variable] == nil {
                notes.append("unset in \(function.executable): \(unresolved.variable) (\(unresolved.reason))")
            }
            pools[logicalId] = FunctionPool(function: function, executable: executable, environment: environment, log: log,
                                            defaultConcurrency: options.defaultConcurrency, idleSeconds: options.idleSeconds)
        }
        notes.append(options.throttleWaitSeconds > 0
            ? "over a function's process limit an API request waits up to \(Self.seconds(options.throttleWaitSeconds)) s for a process, then is throttled (500, as API Gateway answers Lambda's 429); async events wait in the queue"
            : "over a function's process limit an API request is throttled at once (500, as API Gateway answers Lambda's 429); async events wait in the queue")
        do {
            gateway = try LocalAPIGateway(template: template, pools: pools, port: options.port,
                                          integrationTimeoutSeconds: options.integrationTimeoutSeconds,
                                          throttleWaitSeconds: options.throttleWaitSeconds, log: log)
        } catch is TCPConnection.Failure where options.fallbackToFreePort && options.port != 0 {
            notes.append("port \(options.port) is taken: serving on a free port instead")
            gateway = try LocalAPIGateway(template: template, pools: pools, port: 0,
                                          integrationTimeoutSeconds: options.integrationTimeoutSeconds,
                                          throttleWaitSeconds: options.throttleWaitSeconds, log: log)
        }
    }

    public static let offlineModelId = OfflineClinicalModel.modelId
    public static let offlineEmbeddingModelId = "offline.hashed-embedding-v1"

    public var baseURL: String { gateway.baseURL }

    /// The pool of a function, by logical id or executable name.
    public func pool(_ name: String) -> FunctionPool? {
        pools[name] ?? pools.values.first { $0.function.executable == name }
    }

    /// S3 → Lambda: every notification of the bucket whose event type and key filter match, asynchronously.
    func objectCreated(_ created: LocalS3.ObjectCreated) {
        let eventName = (try? JSONValue.parse(created.eventJSON))?["Records"]?.array?.first?["eventName"]?.string ?? "ObjectCreated:Put"
        deliverObjectEvent(bucket: created.bucket, key: created.key, eventName: eventName, eventJSON: created.eventJSON)
    }

    /// The same for an S3 event from elsewhere (a replayed notification).
    public func deliverObjectEvent(bucket: String, key: String, eventName: String, eventJSON: [UInt8]) {
        guard let logicalId = template.buckets.values.first(where: { $0.name == bucket })?.logicalId else { return }
        var delivered = false
        for notification in template.notifications where notification.bucketLogicalId == logicalId && notification.matches(eventName: eventName, key: key) {
            guard let pool = pools[notification.functionLogicalId] else { continue }
            asyncInvoker.invoke(pool, event: eventJSON, source: "s3 \(eventName) on \(bucket)")
            delivered = true
        }
        if !delivered {
            log.platform("s3.notification", function: nil, requestId: nil, message: "\(eventName) on \(bucket): no notification matches (event type or key filter)")
        }
    }

    /// EventBridge → Lambda (Data Automation completion events): every rule whose pattern matches;
    /// without any rule in the template, straight to `file-processor`.
    public func eventBridgeEvent(_ bytes: [UInt8]) {
        let event = try? JSONValue.parse(bytes)
        let targets: [String]
        if template.rules.isEmpty {
            targets = pool("file-processor").map { [$0.function.logicalId] } ?? []
        } else {
            targets = template.rules.filter { EventPattern.matches($0.pattern, event) }.map(\.functionLogicalId)
        }
        if targets.isEmpty { log.platform("events.unmatched", function: nil, requestId: nil, message: "EventBridge event matched no rule") }
        for logicalId in targets {
            guard let pool = pools[logicalId] else { continue }
            asyncInvoker.invoke(pool, event: bytes, source: "EventBridge \(event?["detail-type"]?.string ?? "event")")
        }
    }

    /// What the banner prints: functions with their limits, routes, event sources, what is not emulated.
    public var summary: [String] {
        var lines: [String] = []
        for (logicalId, pool) in pools.sorted(by: { $0.key < $1.key }) {
            let f = pool.function
            lines.append("  \(f.executable) (\(logicalId)): timeout \(Self.seconds(f.timeoutSeconds)) s, memory \(f.memoryMB) MB, up to \(pool.maxConcurrency) processes\(f.reservedConcurrency == nil ? " (default; no ReservedConcurrentExecutions)" : "")")
        }
        for route in template.routes.sorted(by: { ($0.resource, $0.method) < ($1.resource, $1.method) }) {
            let target = route.preflight.map { "CORS preflight (mock, origins: \($0.allowedOrigins.isEmpty ? "none" : $0.allowedOrigins.joined(separator: ",")))" }
                ?? pools[route.functionLogicalId]?.function.executable ?? route.functionLogicalId + " (not served)"
            lines.append("  \(route.method) \(route.resource) → \(target)\(route.authorizer.map { " [authorizer \($0)]" } ?? "")")
        }
        for notification in template.notifications {
            let target = pools[notification.functionLogicalId]
            lines.append("  S3 \(notification.events.joined(separator: ",")) on \(template.buckets[notification.bucketLogicalId]?.name ?? "?")\(notification.prefix.map { " prefix \($0)" } ?? "") → \(target?.function.executable ?? notification.functionLogicalId) (async: \(target?.function.maximumRetryAttempts ?? 2) retries, then \(".local/dead-letters"))")
        }
        for rule in template.rules {
            lines.append("  EventBridge rule \(rule.name) → \(pools[rule.functionLogicalId]?.function.executable ?? rule.functionLogicalId)")
        }
        return lines + notes.map { "  " + $0 } + template.issues.map { "  " + $0 }
    }

    private static func seconds(_ value: Double) -> String { value == value.rounded() ? String(Int(value)) : String(value) }

    public func stop() {
        let already = stopLock.withLock { () -> Bool in
            defer { stopped = true }
            return stopped
        }
        if already { return }
        gateway?.stop()
        for pool in pools.values { pool.stop() }
        dataAutomation?.stop()
        s3?.stop()
        jwks?.stop()
        bedrock?.stop()
    }
}
