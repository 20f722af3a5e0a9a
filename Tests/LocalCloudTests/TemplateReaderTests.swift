import Foundation
import LocalStack
import Testing

/// template.yaml read as `lambda-local serve` reads it: routes and authorizer from openapi.yaml (the API's
/// DefinitionBody through AWS::Include), limits and environment from the template.
@Suite struct TemplateReaderTests {
    @Test func readsTheRepositoryTemplate() throws {
        let template = try CloudTemplate.load(path: CloudHarness.repositoryTemplate)
        let routes = Set(template.routes.map { "\($0.method) \($0.resource)" })
        for expected in ["GET /health", "POST /summarize", "GET /patients/{patientId}/reports", "GET /reports/{reportId}",
                         "POST /uploads", "GET /documents/{documentId}", "POST /chat", "GET /usage"] {
            #expect(routes.contains(expected), "missing route \(expected)")
        }
        #expect(template.routes.first { $0.resource == "/health" }?.authorizer == nil)
        #expect(template.routes.first { $0.resource == "/summarize" && $0.method == "POST" }?.authorizer == "cognitoBearer")
        #expect(template.routes.first { $0.resource == "/summarize" && $0.method == "POST" }?.functionLogicalId == "SummarizerFunction")
        #expect(template.routes.first { $0.resource == "/usage" }?.functionLogicalId == "ChatFunction")
        // Every path's OPTIONS is the document's preflight: a mock, open, naming the path's methods.
        let preflight = try #require(template.routes.first { $0.resource == "/documents/{documentId}" && $0.method == "OPTIONS" })
        #expect(preflight.authorizer == nil && preflight.functionLogicalId.isEmpty)
        #expect(preflight.preflight?.corsHeaders.contains(.init(name: "Access-Control-Allow-Methods", value: "DELETE,GET,OPTIONS")) == true)
        #expect(preflight.preflight?.allowedOrigins == []) // AllowedOrigins defaults to none
        #expect(template.apis.first?.definitionPath?.hasSuffix("/openapi.yaml") == true)
        #expect(template.apis.first?.gatewayResponseHeaders["DEFAULT_4XX"]?.contains(.init(name: "Vary", value: "Origin")) == true)
        let authorizer = try #require(template.apis.first?.authorizers["cognitoBearer"])
        #expect(authorizer.functionLogicalId == "AuthorizerFunction")
        #expect(authorizer.kind == .token && authorizer.header == "Authorization" && authorizer.ttlSeconds == 300)
        #expect(authorizer.validationExpression?.hasPrefix("^Bearer ") == true)
        #expect(template.apis.first?.stage == "prod")

        let health = try #require(template.functions["HealthFunction"])
        #expect(health.executable == "health" && health.memoryMB == 128 && health.timeoutSeconds == 5)
        let processor = try #require(template.functions["FileProcessorFunction"])
        // Its own Timeout over the Globals' 29 s, the Globals' MemorySize.
        #expect(processor.executable == "file-processor" && processor.timeoutSeconds > 29 && processor.memoryMB == 512)
        // !Sub with pseudo parameters, !If on a condition decided locally, Globals merged.
        #expect(processor.environment["UPLOAD_BUCKET"] == "clinical-assistant-uploads-000000000000-us-east-1")
        #expect(processor.environment["SCHEMA_VERSION"] == "unmanaged")
        #expect(processor.environment["APP_VERSION"] == "0.1.0")
        #expect(processor.environment["AWS_LAMBDA_LOG_LEVEL"] == "INFO")
        #expect(template.functions["MigrateFunction"] == nil) // Condition HasDbOwnerSecret is false locally
        #expect(template.buckets["UploadBucket"]?.name == "clinical-assistant-uploads-000000000000-us-east-1")
        #expect(template.notifications.contains { $0.functionLogicalId == "FileProcessorFunction" && $0.matches(eventName: "ObjectCreated:Put", key: "clinics/c 1/patients/p/documents/d/ñ.pdf") })
        // What is not emulated is named.
        #expect(template.issues.contains { $0.contains("AWS::Logs::LogGroup") })
        #expect(template.issues.contains { $0.contains("Globals.Function.Tracing") })
        #expect(template.issues.contains { $0.contains("Schedule event SummarizerFunction.PurgeExpiredReports") })
        #expect(template.unresolvedEnvironment.contains { $0.variable == "COGNITO_USER_POOL_ID" })
    }

    @Test func parameterOverridesDecideConditions() throws {
        let template = try CloudTemplate.load(path: CloudHarness.repositoryTemplate,
                                              parameterOverrides: ["DbOwnerSecretArn": "arn:aws:secretsmanager:us-east-1:000000000000:secret:owner", "StageName": "dev"])
        #expect(template.functions["MigrateFunction"]?.environment["FUNCTION_ROLE"] == "migrate")
        #expect(template.apis.first?.stage == "dev")
        let origins = try CloudTemplate.load(path: CloudHarness.repositoryTemplate, parameterOverrides: ["AllowedOrigins": "https://a.example,http://localhost:5173"])
        #expect(origins.routes.first { $0.method == "OPTIONS" }?.preflight?.allowedOrigins == ["https://a.example", "http://localhost:5173"])
        #expect(origins.functions["ChatFunction"]?.environment["ALLOWED_ORIGINS"] == "https://a.example,http://localhost:5173")
        #expect(origins.buckets["UploadBucket"]?.corsRules.first?.allowedOrigins == ["https://a.example", "http://localhost:5173"])
        #expect(origins.buckets["UploadBucket"]?.corsRules.first?.allowedHeaders == ["Content-Type"])
        #expect(origins.apis.first?.gatewayResponseHeaders["DEFAULT_5XX"]?.contains(.init(name: "Access-Control-Allow-Origin", value: "https://a.example")) == true)
        // The attribute of a custom resource has no local value: reported, the variable left unset.
        #expect(template.unresolvedEnvironment.contains { $0.function == "SummarizerFunction" && $0.variable == "SCHEMA_VERSION" && $0.reason.contains("Fn::GetAtt") })
    }

    @Test func intrinsicsAndUnsupportedConstructs() throws {
        let template = try CloudTemplate.parse(yaml: ProbeTemplate.yaml())
        let probe = try #require(template.functions["CloudProbeFunction"])
        #expect(probe.environment["MODE"] == "probing")
        #expect(probe.environment["JOINED"] == "a-y")
        #expect(probe.environment["BUCKET"] == "uploads-000000000000-probe")
        #expect(probe.environment["IMPORTED"] == nil)
        #expect(template.unresolvedEnvironment.contains { $0.variable == "IMPORTED" && $0.reason.contains("Fn::ImportValue") })
        #expect(template.issues.contains { $0.contains("AWS::SNS::Topic") })
        #expect(template.issues.contains { $0.contains("Schedule event CloudProbeFunction.Nightly") })
        #expect(template.functions["SmallProbeFunction"]?.reservedConcurrency == 2)
        #expect(template.apis.first?.cors?.allowOrigin == "https://app.example")
        #expect(template.apis.first?.binaryMediaTypes == ["application/octet-stream"])
        #expect(template.rules.count == 1)
        let overridden = try CloudTemplate.parse(yaml: ProbeTemplate.yaml(), parameterOverrides: ["Suffix": "other"])
        #expect(overridden.functions["CloudProbeFunction"]?.environment["MODE"] == "other")
    }

    /// A template copied without the document it includes is refused, never served with no routes (every
    /// request a 403): the load run once measured 30,000 such 403s as answers.
    @Test func aTemplateWhoseIncludedDefinitionIsMissingIsRefused() throws {
        let directory = NSTemporaryDirectory() + "template-include-\(getpid())-\(UInt32.random(in: 0 ... .max))"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let copy = directory + "/template.yaml"
        try FileManager.default.copyItem(atPath: CloudHarness.repositoryTemplate, toPath: copy)
        #expect(throws: (any Error).self) { try CloudTemplate.load(path: copy) }
        let document = (CloudHarness.repositoryTemplate as NSString).deletingLastPathComponent + "/openapi.yaml"
        try FileManager.default.copyItem(atPath: document, toPath: directory + "/openapi.yaml")
        #expect(try CloudTemplate.load(path: copy).apis.contains { !$0.routes.isEmpty })
    }

    @Test func bucketNotificationFilters() {
        let notification = CloudTemplate.BucketNotification(bucketLogicalId: "B", events: ["s3:ObjectCreated:Put"], prefix: "uploads/",
                                                            suffix: ".pdf", functionLogicalId: "F")
        #expect(notification.matches(eventName: "ObjectCreated:Put", key: "uploads/a.pdf"))
        #expect(!notification.matches(eventName: "ObjectCreated:Copy", key: "uploads/a.pdf"))
        #expect(!notification.matches(eventName: "ObjectCreated:Put", key: "other/a.pdf"))
        #expect(!notification.matches(eventName: "ObjectCreated:Put", key: "uploads/a.png"))
    }
}
