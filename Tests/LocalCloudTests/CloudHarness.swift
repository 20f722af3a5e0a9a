import AWSClients
import Foundation
import LambdaRuntime
import LocalStack

/// A local cloud started by a test from a template, with the helpers the
/// tests share: requests over real HTTP, tokens of the local issuer.
final class CloudHarness: @unchecked Sendable {
    let cloud: LocalCloud
    let state: String

    /// `template`: YAML text (written to a scratch file) or nil for the repository's template.yaml;
    /// `files`: more files next to it (a copy of openapi.yaml, which the template includes).
    init(template: String? = nil, files: [String: String] = [:], configure: (inout LocalCloud.Options) -> Void = { _ in }) throws {
        state = NSTemporaryDirectory() + "local-cloud-test-" + RequestIds.make()
        try FileManager.default.createDirectory(atPath: state + "/records", withIntermediateDirectories: true)
        for (name, text) in files { try text.write(toFile: state + "/" + name, atomically: true, encoding: .utf8) }
        var options = LocalCloud.Options()
        if let template {
            options.templatePath = state + "/template.yaml"
            try template.write(toFile: options.templatePath, atomically: true, encoding: .utf8)
        } else {
            options.templatePath = Self.repositoryTemplate
        }
        options.port = 0
        options.quiet = true
        options.logFile = state + "/cloud.log"
        options.stateDirectory = state
        options.asyncRetryDelays = [0.1, 0.2]
        options.idleSeconds = 60
        options.environment["PROBE_RECORD_DIR"] = state + "/records"
        if let probe = InvokeCommand.resolveExecutable("cloud-probe") {
            options.executables["TimeoutProbeFunction"] = probe
            options.executables["SmallProbeFunction"] = probe
        }
        configure(&options)
        cloud = try LocalCloud(options: options)
    }

    deinit {
        cloud.stop()
        try? FileManager.default.removeItem(atPath: state)
    }

    static var repositoryRoot: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    }
    static var repositoryTemplate: String { repositoryRoot + "/template.yaml" }

    func call(_ method: String, _ path: String, token: String? = nil, authorization: String? = nil,
              headers: [(String, String)] = [], body: [UInt8] = [], timeoutMs: Int64 = 20_000) throws -> HTTPResponse {
        var all = headers
        if let token { all.append(("Authorization", "Bearer \(token)")) }
        if let authorization { all.append(("Authorization", authorization)) }
        if !body.isEmpty && !all.contains(where: { $0.0 == "Content-Type" }) { all.append(("Content-Type", "application/json")) }
        return try HTTPClient.shared.send(HTTPRequest(method: method, url: cloud.baseURL + path, headers: all, body: body), timeoutMs: timeoutMs)
    }

    func json(_ response: HTTPResponse) -> JSONValue? { try? JSONValue.parse(response.body) }

    /// The echoed event of a cloud-probe answer.
    func echoedEvent(_ response: HTTPResponse) -> JSONValue? { json(response)?["event"] }

    var records: [String] { (try? FileManager.default.contentsOfDirectory(atPath: state + "/records")) ?? [] }
    var deadLetters: [String] { ((try? FileManager.default.contentsOfDirectory(atPath: state + "/dead-letters")) ?? []).map { state + "/dead-letters/" + $0 } }
    var logLines: [String] { ((try? String(contentsOfFile: state + "/cloud.log", encoding: .utf8)) ?? "").split(separator: "\n").map(String.init) }

    static func doctorToken(clinic: String = "clinic-mx-001") throws -> String {
        try LocalTokenIssuer(directory: LocalCognito.stateDirectory).mint(.init(sub: "dr-" + RequestIds.make().prefix(8), groups: ["doctors"], clinicId: clinic))
    }

    /// Waits (bounded) until `condition` holds.
    static func eventually(seconds: Double = 10, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            usleep(50_000)
        }
        return condition()
    }
}

/// The test template: the real authorizer, the cloud-probe function behind a
/// REST API with CORS and binary media types, a bucket notifying it, an
/// EventBridge rule, and constructs the local cloud must report.
enum ProbeTemplate {
    /// `request`: a REQUEST authorizer whose identity source is the Authorization header.
    static func yaml(ttl: Int = 300, request: Bool = false) -> String {
        let identity = request
            ? "FunctionPayloadType: REQUEST\n            Identity:\n              Headers: [Authorization]\n              ReauthorizeEvery: !Ref Ttl"
            : "FunctionPayloadType: TOKEN\n            Identity:\n              Header: Authorization\n              ValidationExpression: \"^Bearer [-0-9A-Za-z_]+\\\\.[-0-9A-Za-z_]+\\\\.[-0-9A-Za-z_]+$\"\n              ReauthorizeEvery: !Ref Ttl"
        return """
        AWSTemplateFormatVersion: "2010-09-09"
        Transform: AWS::Serverless-2016-10-31
        Parameters:
          Ttl:
            Type: Number
            Default: \(ttl)
          Suffix:
            Type: String
            Default: probe
        Conditions:
          IsProbe: !Equals [!Ref Suffix, probe]
        Globals:
          Function:
            Runtime: provided.al2
            Handler: bootstrap
            Timeout: 10
            MemorySize: 128
            Environment:
              Variables:
                BUCKET: !Sub "uploads-${AWS::AccountId}-${Suffix}"
        Resources:
          ProbeApi:
            Type: AWS::Serverless::Api
            Properties:
              StageName: test
              BinaryMediaTypes: ["application~1octet-stream"]
              Cors:
                AllowOrigin: "'https://app.example'"
                AllowHeaders: "'Authorization,Content-Type'"
                MaxAge: "'600'"
              Auth:
                DefaultAuthorizer: Tokens
                AddDefaultAuthorizerToCorsPreflight: false
                Authorizers:
                  Tokens:
                    FunctionArn: !GetAtt AuthorizerFunction.Arn
                    \(identity)
          AuthorizerFunction:
            Type: AWS::Serverless::Function
            Properties:
              CodeUri: .
              Timeout: 5
              MemorySize: 256
          CloudProbeFunction:
            Type: AWS::Serverless::Function
            Properties:
              CodeUri: .
              Environment:
                Variables:
                  MODE: !If [IsProbe, probing, other]
                  JOINED: !Join ["-", [a, !Select [1, !Split [",", "x,y,z"]]]]
                  IMPORTED: !ImportValue SharedStack-Value
              EventInvokeConfig:
                MaximumRetryAttempts: 2
                DestinationConfig:
                  OnFailure:
                    Type: SQS
              Events:
                Usage:
                  Type: Api
                  Properties: { RestApiId: !Ref ProbeApi, Path: /usage, Method: GET }
                Denied:
                  Type: Api
                  Properties: { RestApiId: !Ref ProbeApi, Path: "/denied/{action}", Method: GET }
                Open:
                  Type: Api
                  Properties:
                    RestApiId: !Ref ProbeApi
                    Path: "/open/{proxy+}"
                    Method: ANY
                    Auth:
                      Authorizer: NONE
                OpenItem:
                  Type: Api
                  Properties:
                    RestApiId: !Ref ProbeApi
                    Path: "/open/items/{itemId}"
                    Method: GET
                    Auth:
                      Authorizer: NONE
                Uploaded:
                  Type: S3
                  Properties:
                    Bucket: !Ref UploadBucket
                    Events: s3:ObjectCreated:*
                    Filter:
                      S3Key:
                        Rules:
                          - Name: prefix
                            Value: uploads/
                JobDone:
                  Type: EventBridgeRule
                  Properties:
                    Pattern:
                      source: [aws.bedrock]
                      detail-type: [Bedrock Data Automation Job Succeeded, Bedrock Data Automation Job Failed With Client Error]
                Nightly:
                  Type: Schedule
                  Properties:
                    Schedule: rate(1 day)
          TimeoutProbeFunction:
            Type: AWS::Serverless::Function
            Properties:
              CodeUri: .
              Timeout: 1
              Events:
                Short:
                  Type: Api
                  Properties:
                    RestApiId: !Ref ProbeApi
                    Path: "/short"
                    Method: GET
                    Auth:
                      Authorizer: NONE
          SmallProbeFunction:
            Type: AWS::Serverless::Function
            Properties:
              CodeUri: .
              ReservedConcurrentExecutions: 2
              Events:
                Small:
                  Type: Api
                  Properties:
                    RestApiId: !Ref ProbeApi
                    Path: "/small"
                    Method: GET
                    Auth:
                      Authorizer: NONE
          UploadBucket:
            Type: AWS::S3::Bucket
            Properties:
              BucketName: !Sub "uploads-${AWS::AccountId}-${Suffix}"
          Alerts:
            Type: AWS::SNS::Topic
        """
    }
}
