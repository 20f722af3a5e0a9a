import Foundation
import LambdaRuntime

/// What `lambda-local serve` runs, read from template.yaml (SAM): the functions
/// with their timeouts, memory, concurrency and environment; the REST API's
/// routes, authorizers and CORS; the buckets and their notifications; the
/// EventBridge rules. Everything else in the template is listed in `issues`
/// by name, so start-up can say what is not emulated.
public struct CloudTemplate: Sendable {
    public struct Function: Sendable {
        public let logicalId: String
        /// The deployed name locally: `FunctionName` when set, else the logical id.
        public let name: String
        /// The binary that runs it: `FileProcessorFunction` → `file-processor`.
        public var executable: String
        public let timeoutSeconds: Double
        public let memoryMB: Int
        public let reservedConcurrency: Int?
        public let environment: [String: String]
        /// Async invocation (EventInvokeConfig): retries after a function error, and the oldest event kept.
        public let maximumRetryAttempts: Int
        public let maximumEventAgeSeconds: Int
        /// The on-failure destination as declared (locally every one is `.local/dead-letters/`).
        public let onFailureDestination: String?
    }

    public struct Authorizer: Sendable {
        public enum Kind: String, Sendable { case token = "TOKEN", request = "REQUEST" }
        public let name: String
        public let functionLogicalId: String
        public let kind: Kind
        /// TOKEN: the header carrying the token.
        public let header: String
        /// REQUEST: identity sources (`method.request.header.X`, `method.request.querystring.Y`).
        public let requestHeaders: [String]
        public let requestQueryStrings: [String]
        public let validationExpression: String?
        public let ttlSeconds: Int
    }

    public struct Route: Sendable, Equatable {
        public let method: String      // upper case, or ANY
        public let resource: String    // `/patients/{patientId}/reports`, `/{proxy+}`
        public let functionLogicalId: String
        /// nil: open (`Authorizer: NONE`, or no default authorizer; `security: []` in a definition).
        public let authorizer: String?
        /// An OPTIONS answered by a mock integration (the document's CORS preflight): no function.
        public var preflight: Preflight? = nil
    }

    /// One response header as a definition states it.
    public struct Header: Sendable, Equatable {
        public let name: String
        public let value: String
        public init(name: String, value: String) { self.name = name; self.value = value }
    }

    /// The CORS preflight of an OpenAPI definition's mock integration: the headers set for an `Origin`
    /// in `allowedOrigins` (Allow-Origin is that origin), and the headers every answer carries.
    public struct Preflight: Sendable, Equatable {
        public let allowedOrigins: [String]
        public let corsHeaders: [Header]
        public let staticHeaders: [Header]
    }

    /// A bucket's CORS rule (`CorsConfiguration.CorsRules`).
    public struct BucketCORSRule: Sendable, Equatable {
        public let allowedOrigins: [String]
        public let allowedMethods: [String]
        public let allowedHeaders: [String]
        public let exposedHeaders: [String]
        public let maxAgeSeconds: Int?
        public init(allowedOrigins: [String], allowedMethods: [String], allowedHeaders: [String], exposedHeaders: [String], maxAgeSeconds: Int?) {
            self.allowedOrigins = allowedOrigins
            self.allowedMethods = allowedMethods
            self.allowedHeaders = allowedHeaders
            self.exposedHeaders = exposedHeaders
            self.maxAgeSeconds = maxAgeSeconds
        }
    }

    public struct Cors: Sendable, Equatable {
        public let allowOrigin: String
        public let allowMethods: String?
        public let allowHeaders: String?
        public let maxAge: String?
        public let allowCredentials: Bool
    }

    public struct API: Sendable {
        public let logicalId: String
        public let stage: String
        public var routes: [Route]
        public var authorizers: [String: Authorizer]
        public let cors: Cors?
        /// CORS preflight (OPTIONS) goes through the default authorizer too (SAM's default: true).
        public let authorizePreflight: Bool
        public let defaultAuthorizer: String?
        public let binaryMediaTypes: [String]
        /// `x-amazon-apigateway-gateway-responses` of the definition: response type (`DEFAULT_4XX`,
        /// `UNAUTHORIZED`, ...) → the static headers it adds to the gateway's own answers.
        public var gatewayResponseHeaders: [String: [Header]] = [:]
        /// The OpenAPI document the routes came from (`DefinitionBody`), when there is one.
        public var definitionPath: String? = nil
    }

    public struct Bucket: Sendable {
        public let logicalId: String
        public let name: String
        public var corsRules: [BucketCORSRule] = []
    }

    public struct BucketNotification: Sendable {
        public let bucketLogicalId: String
        /// `s3:ObjectCreated:*`, `s3:ObjectCreated:Put`, ...
        public let events: [String]
        public let prefix: String?
        public let suffix: String?
        public let functionLogicalId: String

        public init(bucketLogicalId: String, events: [String], prefix: String?, suffix: String?, functionLogicalId: String) {
            self.bucketLogicalId = bucketLogicalId
            self.events = events
            self.prefix = prefix
            self.suffix = suffix
            self.functionLogicalId = functionLogicalId
        }

        /// True when S3 would send `eventName` (`ObjectCreated:Put`) for `key` here.
        public func matches(eventName: String, key: String) -> Bool {
            let full = eventName.hasPrefix("s3:") ? eventName : "s3:" + eventName
            let typeMatches = events.contains { pattern in
                pattern.hasSuffix("*") ? full.hasPrefix(String(pattern.dropLast())) : pattern == full
            }
            return typeMatches && (prefix.map(key.hasPrefix) ?? true) && (suffix.map(key.hasSuffix) ?? true)
        }
    }

    public struct EventRule: Sendable {
        public let name: String
        public let pattern: JSONValue
        public let functionLogicalId: String
    }

    /// An environment variable whose value the template leaves undecidable locally (left unset).
    public struct UnresolvedVariable: Sendable {
        public let function: String
        public let variable: String
        public let reason: String
    }

    public var functions: [String: Function] = [:]
    public var unresolvedEnvironment: [UnresolvedVariable] = []
    public var apis: [API] = []
    public var buckets: [String: Bucket] = [:]
    public var notifications: [BucketNotification] = []
    public var rules: [EventRule] = []
    /// What is not emulated or could not be resolved, by construct name.
    public var issues: [String] = []

    public static let accountId = "000000000000"
    public static let region = "us-east-1"
    public static let stackName = "clinical-assistant-local"

    /// Every route of every API (the local gateway serves them on one port).
    public var routes: [Route] { apis.flatMap(\.routes) }

    public func function(named executableOrLogicalId: String) -> Function? {
        functions[executableOrLogicalId] ?? functions.values.first { $0.executable == executableOrLogicalId }
    }

    public func functionArn(_ function: Function) -> String {
        "arn:aws:lambda:\(Self.region):\(Self.accountId):function:\(function.name)"
    }

    /// `FileProcessorFunction` → `file-processor`: the project's executables are named after their resources.
    static func executableName(forLogicalId logicalId: String) -> String {
        let base = logicalId.hasSuffix("Function") && logicalId != "Function" ? String(logicalId.dropLast("Function".count)) : logicalId
        var out = ""
        for character in base {
            if character.isUppercase, !out.isEmpty { out.append("-") }
            out.append(contentsOf: character.lowercased())
        }
        return out
    }

    public static func load(path: String, parameterOverrides: [String: String] = [:]) throws -> CloudTemplate {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw TemplateValue.SyntaxError(description: "cannot read \(path)")
        }
        // An `AWS::Include` Location is relative to the template, as `sam package` reads it.
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        return try TemplateReader(root: try TemplateValue.parse(yaml: text), overrides: parameterOverrides, directory: directory).read()
    }

    public static func parse(yaml: String, parameterOverrides: [String: String] = [:]) throws -> CloudTemplate {
        try TemplateReader(root: try TemplateValue.parse(yaml: yaml), overrides: parameterOverrides).read()
    }
}
