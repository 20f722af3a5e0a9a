import LambdaRuntime

/// Secrets Manager GetSecretValue over the JSON 1.1 protocol.
public final class SecretsManagerClient: Sendable {
    let caller: AWSServiceCaller
    public var configuration: AWSServiceConfiguration { caller.configuration }

    public init(environment: Environment, http: HTTPClient = .shared) throws {
        caller = AWSServiceCaller(configuration: try AWSServiceConfiguration(service: .secretsManager, environment: environment), http: http)
    }

    public init(configuration: AWSServiceConfiguration, http: HTTPClient = .shared) {
        caller = AWSServiceCaller(configuration: configuration, http: http)
    }

    /// The current `SecretString` of `secretId` (name or ARN). Binary secrets are refused.
    public func getSecretValue(secretId: String, context: AWSCallContext) throws(AWSCallError) -> String {
        guard !secretId.isEmpty else { throw .invalidRequest("secretId is empty") }
        var body = Array(#"{"SecretId":"#.utf8)
        JSONText.appendQuoted(secretId, to: &body)
        body.append(UInt8(ascii: "}"))
        let request = HTTPRequest(method: "POST", url: configuration.endpoint + "/",
                                  headers: [("Content-Type", "application/x-amz-json-1.1"), ("X-Amz-Target", "secretsmanager.GetSecretValue")],
                                  body: body)
        let response = try caller.send(operation: "GetSecretValue", request, context: context, maxResponseBytes: 1 << 20)
        guard let decoded = try? JSONValue.parse(response.body), decoded.object != nil else {
            throw .malformedResponse("GetSecretValue answer is not the documented JSON: not a JSON object")
        }
        switch decoded["SecretString"] {
        case .string(let secret)?: return secret
        case nil, .null?: throw .malformedResponse("the secret has no SecretString (binary secrets are not supported)")
        default: throw .malformedResponse("GetSecretValue answer is not the documented JSON: wrong type at SecretString")
        }
    }
}
