import Testing
@testable import AWSClients
@testable import AWSClientsCore
import LambdaRuntime

@Suite struct AWSServiceConfigurationTests {
    let credentials = ["AWS_ACCESS_KEY_ID": "AKID", "AWS_SECRET_ACCESS_KEY": "secret"]

    func configuration(_ service: AWSService, _ values: [String: String]) throws -> AWSServiceConfiguration {
        try AWSServiceConfiguration(service: service, environment: Environment(credentials.merging(values) { $1 }))
    }

    @Test func regionalDefaults() throws {
        let bedrock = try configuration(.bedrockRuntime, ["AWS_REGION": "us-west-2"])
        #expect(bedrock.endpoint == "https://bedrock-runtime.us-west-2.amazonaws.com" && !bedrock.isCustomEndpoint)
        #expect(try configuration(.s3, ["AWS_REGION": "sa-east-1"]).endpoint == "https://s3.sa-east-1.amazonaws.com")
        #expect(try configuration(.secretsManager, ["AWS_REGION": "cn-north-1"]).endpoint == "https://secretsmanager.cn-north-1.amazonaws.com.cn")
        #expect(try configuration(.s3, ["AWS_DEFAULT_REGION": "eu-west-1"]).region == "eu-west-1")
    }

    @Test func serviceSpecificEndpointWinsOverTheGlobalOne() throws {
        let values = ["AWS_REGION": "us-east-1", "AWS_ENDPOINT_URL": "http://127.0.0.1:4566",
                      "AWS_ENDPOINT_URL_BEDROCK_RUNTIME": "http://127.0.0.1:9001/", "AWS_ENDPOINT_URL_S3": "http://localhost:9002",
                      "AWS_ENDPOINT_URL_SECRETS_MANAGER": "https://secrets.internal:8443"]
        #expect(try configuration(.bedrockRuntime, values).endpoint == "http://127.0.0.1:9001")
        #expect(try configuration(.s3, values).endpoint == "http://localhost:9002")
        #expect(try configuration(.secretsManager, values).endpoint == "https://secrets.internal:8443")
        let global = try configuration(.s3, ["AWS_REGION": "us-east-1", "AWS_ENDPOINT_URL": "http://127.0.0.1:4566"])
        #expect(global.endpoint == "http://127.0.0.1:4566" && global.isCustomEndpoint)
        let ignored = try configuration(.s3, ["AWS_REGION": "us-east-1", "AWS_ENDPOINT_URL": "http://127.0.0.1:4566",
                                              "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS": "true"])
        #expect(ignored.endpoint == "https://s3.us-east-1.amazonaws.com" && !ignored.isCustomEndpoint)
    }

    @Test func badConfigurationIsAStartUpError() throws {
        #expect(throws: ConfigurationError.self) { try configuration(.s3, [:]) }
        #expect(throws: ConfigurationError.self) { try configuration(.s3, ["AWS_REGION": "us-east-1/../x"]) }
        #expect(throws: ConfigurationError.self) { try configuration(.s3, ["AWS_REGION": "us-east-1", "AWS_ENDPOINT_URL": "ftp://x"]) }
        #expect(throws: ConfigurationError.self) { try configuration(.s3, ["AWS_REGION": "us-east-1", "AWS_ENDPOINT_URL_S3": "http://x/path"]) }
        #expect(throws: ConfigurationError.self) { try configuration(.s3, ["AWS_REGION": "us-east-1", "AWS_MAX_ATTEMPTS": "0"]) }
        #expect(try configuration(.s3, ["AWS_REGION": "us-east-1", "AWS_MAX_ATTEMPTS": "2"]).retry.maxAttempts == 2)
    }

    @Test func credentialsComeFromTheEnvironmentAndTheirAbsenceIsDeferredToTheCall() throws {
        let full = try AWSCredentials.fromEnvironment(Environment(["AWS_ACCESS_KEY_ID": "A", "AWS_SECRET_ACCESS_KEY": "S", "AWS_SESSION_TOKEN": "T"]))
        #expect(full.accessKeyId == "A" && full.secretAccessKey == "S" && full.sessionToken == "T")
        #expect(try AWSCredentials.fromEnvironment(Environment(["AWS_ACCESS_KEY_ID": "A", "AWS_SECRET_ACCESS_KEY": "S"])).sessionToken == nil)
        #expect(throws: AWSCredentialsError.missing("AWS_SECRET_ACCESS_KEY")) { try AWSCredentials.fromEnvironment(Environment(["AWS_ACCESS_KEY_ID": "A"])) }
        let none = try AWSServiceConfiguration(service: .s3, environment: Environment(["AWS_REGION": "us-east-1"]))
        guard case .failure(.missing("AWS_ACCESS_KEY_ID")) = none.credentials else { Issue.record("credentials should be missing"); return }
    }

    @Test func fullJitterDelaysStayUnderTheExponentialCeiling() {
        let policy = RetryPolicy(maxAttempts: 5, baseDelayMs: 100, maxDelayMs: 1_000)
        for attempt in 1...6 {
            let ceiling = min(1_000, 100 << (attempt - 1))
            let delays = (0..<200).map { _ in policy.delayMs(after: attempt) }
            #expect(delays.allSatisfy { $0 >= 0 && $0 <= ceiling })
            // Jitter: not a constant.
            #expect(Set(delays).count > 1)
        }
    }

    @Test func errorDetailsParseJSONHeaderAndXMLForms() {
        let json = AWSErrorDetails(response: HTTPResponse(status: 400, headers: [("x-amzn-RequestId", "r1")],
                                                          body: Array(#"{"__type":"com.amazon.coral.validate#ValidationException","message":"bad"}"#.utf8)))
        #expect(json == AWSErrorDetails(status: 400, code: "ValidationException", message: "bad", requestId: "r1"))
        let header = AWSErrorDetails(response: HTTPResponse(status: 429, headers: [("X-Amzn-ErrorType", "ThrottlingException:http://internal.amazon.com/coral/")],
                                                            body: Array(#"{"Message":"slow down"}"#.utf8)))
        #expect(header.code == "ThrottlingException" && header.message == "slow down")
        let xml = AWSErrorDetails(response: HTTPResponse(status: 404, headers: [("x-amz-request-id", "r2")],
                                                         body: Array("<?xml version=\"1.0\"?><Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>".utf8)))
        #expect(xml == AWSErrorDetails(status: 404, code: "NoSuchKey", message: "The specified key does not exist.", requestId: "r2"))
        let empty = AWSErrorDetails(response: HTTPResponse(status: 503, headers: [], body: []))
        #expect(empty.code == "" && empty.status == 503)
    }

    /// The Bedrock URL builder agrees with botocore's fixtures (one encoding on the wire).
    @Test(arguments: SigV4Fixtures.loaded.cases.filter { $0.modelId != nil && !$0.sessionToken })
    func bedrockURLsMatchTheFixtures(_ testCase: SigV4Fixtures.Case) throws {
        let client = try BedrockRuntimeClient(environment: Environment(["AWS_REGION": testCase.region]))
        #expect(client.modelURL(modelId: testCase.modelId!, operation: testCase.operation!) == testCase.url)
    }
}
